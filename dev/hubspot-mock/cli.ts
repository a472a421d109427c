/**
 * `npm run hubspot-mock -- --records FILE.json --port N --token T
 *   [--per-second 5] [--scale 1] [--reference DIR]`
 * Prints `listening http://127.0.0.1:PORT` once ready (port 0 = a free one).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HubSpotMock } from './server';
import { OpenApiValidator } from './validate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** HubSpot's official descriptions, beside the repository (CI copies shared/ there too). */
export const REFERENCE_DIR = join(ROOT, '..', 'shared', 'reference', 'hubspot');

function arg(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const file = arg(args, 'records');
  const token = arg(args, 'token');
  if (!file || !token) {
    process.stderr.write(
      'usage: hubspot-mock --records FILE.json --token T [--port N] [--per-second 5] [--scale 1] [--reference DIR]\n',
    );
    process.exit(2);
  }
  const validator = await OpenApiValidator.load(arg(args, 'reference') ?? REFERENCE_DIR);
  const mock = new HubSpotMock({
    records: JSON.parse(readFileSync(file, 'utf8')),
    token,
    validator,
    perSecond: Number(arg(args, 'per-second') ?? 5),
    scale: Number(arg(args, 'scale') ?? 1),
  });
  const port = await mock.listen(Number(arg(args, 'port') ?? 0));
  process.stdout.write(
    `listening http://127.0.0.1:${port} (validating against ${validator.files.join(', ')})\n`,
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`hubspot-mock: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
