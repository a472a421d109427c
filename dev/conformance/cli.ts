/**
 * `npm run conformance`                  build the probe bundle (dev/conformance/build/),
 *                                        run every probe in the emulator, compare with expected.json
 * `npm run conformance -- --diff real.json`
 *                                        compare outcomes recorded in a real Apps Script project
 *                                        (the sidebar's JSON) with expected.json
 * `npm run conformance -- --build`       only build the bundle (for clasp push)
 * Exit status: 0 no difference, 1 differences, 2 usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildProbes, PROBE_BUILD_DIR } from './build';
import { diffOutcomes, formatDiff, type Outcome, readExpected } from './expected';
import { emulatorOutcomes } from './record';

export async function conformance(
  argv: readonly string[],
  out: (text: string) => void,
): Promise<number> {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  const expected = readExpected();
  if (args[0] === '--build' && args.length === 1) {
    out(`probe bundle written to ${buildProbes()}`);
    return 0;
  }
  let actual: Record<string, Outcome>;
  if (args[0] === '--diff' && args.length === 2) {
    if (!existsSync(args[1])) {
      out(`conformance: no such file: ${args[1]}`);
      return 2;
    }
    const recorded = JSON.parse(readFileSync(args[1], 'utf8')) as {
      probes?: Record<string, Outcome>;
    };
    actual = recorded.probes ?? {};
  } else if (args.length === 0) {
    actual = await emulatorOutcomes(buildProbes(), expected);
  } else {
    out('Usage: npm run conformance [-- --build | --diff real.json]');
    return 2;
  }
  const rows = diffOutcomes(expected, actual);
  out(formatDiff(rows, expected));
  const differs = rows.filter((r) => r.status === 'differs').length;
  const missing = rows.filter((r) => r.status === 'not recorded').length;
  out(`\n${rows.length - differs - missing} same, ${differs} differ, ${missing} not recorded`);
  return differs ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  conformance(process.argv.slice(2), (t) => process.stdout.write(`${t}\n`)).then(
    (code) => process.stdout.write('', () => process.exit(code)),
    (e: unknown) => {
      process.stderr.write(
        `conformance: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exit(1);
    },
  );
}

export { PROBE_BUILD_DIR };
