/**
 * expected.json: every probe's expected outcome and the Google page (or
 * public record of a real run) it comes from, plus the diff of recorded
 * outcomes against it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a probe reported: a value or an error message. */
export type Outcome = { value: unknown } | { error: string };

export type ProbeContext = 'server' | 'client' | 'trigger-setup' | 'trigger';

export interface ProbeSpec {
  name: string;
  context: ProbeContext;
  expect: Outcome;
  /** Google's page documenting the rule (or a public record of a real run). */
  source: string;
  /** When the real run only means something in some setups (installed add-on, consumer account…). */
  needs?: string;
  note?: string;
}

export interface Expected {
  probes: ProbeSpec[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const EXPECTED_PATH = join(HERE, 'expected.json');

export function readExpected(path: string = EXPECTED_PATH): Expected {
  return JSON.parse(readFileSync(path, 'utf8')) as Expected;
}

export interface DiffRow {
  name: string;
  status: 'same' | 'differs' | 'not recorded';
  expected: Outcome;
  actual?: Outcome;
}

/** Outcomes compared as JSON (order of object keys ignored). */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : x,
  );
}

export function diffOutcomes(expected: Expected, actual: Record<string, Outcome>): DiffRow[] {
  return expected.probes.map((p) => {
    const got = actual[p.name];
    if (got === undefined) return { name: p.name, status: 'not recorded', expected: p.expect };
    const status = canonical(got) === canonical(p.expect) ? 'same' : 'differs';
    return { name: p.name, status, expected: p.expect, actual: got };
  });
}

/** One line per probe; differences show both outcomes and the source to check. */
export function formatDiff(rows: DiffRow[], expected: Expected): string {
  const specs = new Map(expected.probes.map((p) => [p.name, p]));
  return rows
    .map((r) => {
      const head = `${r.status.padEnd(12)} ${r.name}`;
      if (r.status !== 'differs') return head;
      const spec = specs.get(r.name);
      return [
        head,
        `    expected ${JSON.stringify(r.expected)}`,
        `    actual   ${JSON.stringify(r.actual)}`,
        `    source   ${spec?.source ?? ''}${spec?.needs ? ` (needs ${spec.needs})` : ''}`,
      ].join('\n');
    })
    .join('\n');
}
