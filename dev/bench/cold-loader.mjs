// One cold load, run as its own `node` process by dev/bench/cold-load.ts: a
// fresh V8 with no compile cache for this script, as Apps Script starts every
// custom-function execution. Prints the milliseconds to evaluate the bundle in
// a new vm context (reading the file and creating the context are not timed)
// and calls nothing. With a second argument `server`, also times the first
// `FunnelSLA_.server()` call (what the first entry-point call of an execution
// adds: compiling and running the server half).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

const path = process.argv[2];
const source = readFileSync(path, 'utf8');
const context = vm.createContext({});
const start = performance.now();
vm.runInContext(source, context, { filename: 'Code.js' });
const ms = performance.now() - start;
const result = { ms };
if (process.argv[3] === 'server') {
  const t = performance.now();
  vm.runInContext('FunnelSLA_.server()', context);
  result.serverMs = performance.now() - t;
}
process.stdout.write(JSON.stringify(result));
