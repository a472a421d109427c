/**
 * `npm run -s sheet -- [options] [steps]`: the headless runner. One emulated
 * workbook with build/Code.js loaded; each step prints one JSON line on
 * stdout (see steps.ts for the contract and --help). Diagnostics go to
 * stderr so stdout stays machine-readable.
 *
 * Exit status: 0 all steps succeeded, 1 a step (or loading / saving) failed,
 * 2 usage error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EmulatorOptions } from '../emulator/contract';
import { messageOf, type RunnerEmulator, runSteps } from './run';
import { parseArgs, USAGE } from './steps';

/** `--route`: UrlFetchApp requests for an origin go to a local server; sleeps really wait. */
export interface RouteOptions {
  urlFetch?: { routes: Record<string, string> };
  realSleep?: boolean;
}

/** How the runner gets its emulator; the real one is in real-source.ts, tests may pass a fake. */
export interface RunnerSource {
  /** A new workbook with one empty tab `Sheet1`. */
  create(opts: EmulatorOptions & RouteOptions): Promise<RunnerEmulator>;
  /** A workbook loaded from an .xlsx file. */
  load(path: string, opts: EmulatorOptions & RouteOptions): Promise<RunnerEmulator>;
}

export interface RunnerIo {
  /** One JSON line (without the newline). */
  out(line: string): void;
  /** Human-readable diagnostics. */
  err(text: string): void;
}

export async function main(
  argv: readonly string[],
  source: RunnerSource,
  io: RunnerIo,
): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.err(`sheet: ${parsed.message}\nRun \`npm run -s sheet -- --help\` for usage.`);
    return 2;
  }
  const { options, steps } = parsed;
  const bundleFiles = options.bundle
    ? [join(options.bundle, 'Code.js'), join(options.bundle, 'appsscript.json')]
    : [];
  for (const file of [options.in, ...options.csv.map((c) => c.file), ...bundleFiles]) {
    if (file !== undefined && !existsSync(file)) {
      io.err(`sheet: no such file: ${file}`);
      return 2;
    }
  }
  const opts: EmulatorOptions & RouteOptions & { userLocale?: string } = {};
  // Against a real (local) server, pacing sleeps must really wait.
  if (options.routes)
    Object.assign(opts, { urlFetch: { routes: options.routes }, realSleep: true });
  if (options.locale) opts.locale = options.locale;
  if (options.userLocale) opts.userLocale = options.userLocale;
  if (options.timeZone) opts.timeZone = options.timeZone;
  if (options.now) opts.now = options.now;
  if (options.user) opts.userEmail = options.user;
  if (options.bundle) {
    opts.codePath = join(options.bundle, 'Code.js');
    opts.htmlDir = options.bundle;
  }

  let emu: RunnerEmulator;
  try {
    emu = options.in ? await source.load(options.in, opts) : await source.create(opts);
    for (const { tab, file } of options.csv) emu.addCsvTab(tab, readFileSync(file, 'utf8'));
  } catch (e) {
    io.err(`sheet: could not set up the workbook: ${messageOf(e)}`);
    return 1;
  }
  // Loading is not a step: the first --stats covers the steps only.
  emu.stats();
  let ok = runSteps(emu, steps, io.out);
  if (options.out) {
    try {
      await emu.saveXlsx(options.out);
    } catch (e) {
      io.err(`sheet: could not save ${options.out}: ${messageOf(e)}`);
      ok = false;
    }
  }
  return ok ? 0 : 1;
}

async function cli(): Promise<void> {
  const { realSource } = await import('./real-source');
  const code = await main(process.argv.slice(2), realSource, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
  // Exit once stdout is flushed, whatever handles (workers, timers) the emulator left open.
  process.stdout.write('', () => process.exit(code));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  cli().catch((e: unknown) => {
    process.stderr.write(`sheet: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
