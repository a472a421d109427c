/**
 * `npm start` (after `npm run build`): serves the playground on
 * http://localhost:$PORT (default 8080) over a demo workbook.
 *   --now ISO | PLAYGROUND_NOW=ISO   fixed clock (default: real time)
 * The add-on is never rebuilt here: the page shows what build/ holds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { demoSource } from './demo';
import { startPlayground } from './start';

const BUILD_DIR = fileURLToPath(new URL('../../build', import.meta.url));

function options(): { port: number; now?: string } {
  const { values } = parseArgs({ options: { now: { type: 'string' } }, strict: true });
  const now = values.now ?? process.env.PLAYGROUND_NOW ?? undefined;
  if (now !== undefined && Number.isNaN(Date.parse(now))) {
    throw new Error(`--now must be an ISO date-time like 2026-07-15T09:00:00Z, got "${now}"`);
  }
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  }
  return { port, now: now || undefined };
}

async function main(): Promise<void> {
  if (!existsSync(join(BUILD_DIR, 'Code.js'))) {
    throw new Error(
      'build/Code.js is missing: run `npm start` (it builds first) or `npm run build`.',
    );
  }
  const { port, now } = options();
  const playground = await startPlayground({ source: demoSource({ now }), port });
  console.log(`Funnel SLA playground: ${playground.url}`);
  const stop = () => {
    playground.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Port ${process.env.PORT ?? 8080} is in use: start with PORT=<another port> npm start`,
    );
  } else {
    console.error(err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
