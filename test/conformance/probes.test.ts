/**
 * The conformance probes (dev/conformance): every probe, run in the emulator,
 * gives exactly the outcome expected.json lists, and every expectation names
 * its source. The diff that checks a real Apps Script run is tested too.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProbes } from '../../dev/conformance/build';
import { conformance } from '../../dev/conformance/cli';
import { diffOutcomes, type Outcome, readExpected } from '../../dev/conformance/expected';
import { emulatorOutcomes } from '../../dev/conformance/record';

const expected = readExpected();
let dir: string;

beforeAll(() => {
  dir = buildProbes(mkdtempSync(join(tmpdir(), 'probes-')));
});

describe('conformance probes in the emulator', () => {
  it('every probe names a source page and an expected value or error', () => {
    expect(expected.probes.length).toBeGreaterThanOrEqual(20);
    for (const p of expected.probes) {
      expect(p.source, p.name).toMatch(/^https:\/\//);
      expect('value' in p.expect || 'error' in p.expect, p.name).toBe(true);
    }
    expect(new Set(expected.probes.map((p) => p.name)).size).toBe(expected.probes.length);
  });

  it('gives exactly the expected outcome for every probe', async () => {
    const outcomes = await emulatorOutcomes(dir, expected);
    const rows = diffOutcomes(expected, outcomes);
    expect(rows.filter((r) => r.status !== 'same')).toEqual([]);
  }, 60_000);
});

describe('npm run conformance -- --diff real.json', () => {
  it('reports probes that differ (exit 1) and those not recorded, ignoring key order', async () => {
    const real: Record<string, Outcome> = Object.fromEntries(
      expected.probes.map((p) => [p.name, p.expect]),
    );
    real.probe_getRangeList_empty = { error: 'Exception: something else' };
    delete real.triggerGetUi;
    const file = join(mkdtempSync(join(tmpdir(), 'real-')), 'real.json');
    writeFileSync(file, JSON.stringify({ probes: real }));
    const lines: string[] = [];
    expect(await conformance(['--diff', file], (t) => lines.push(t))).toBe(1);
    const text = lines.join('\n');
    expect(text).toContain('differs      probe_getRangeList_empty');
    expect(text).toContain('actual   {"error":"Exception: something else"}');
    expect(text).toContain('not recorded triggerGetUi');
    expect(text).toContain(`${expected.probes.length - 2} same, 1 differ, 1 not recorded`);
  });

  it('exits 0 when a real run agrees and 2 for a missing file', async () => {
    const real = Object.fromEntries(expected.probes.map((p) => [p.name, p.expect]));
    const file = join(mkdtempSync(join(tmpdir(), 'real-')), 'real.json');
    writeFileSync(file, JSON.stringify({ probes: real }));
    expect(await conformance(['--diff', file], () => {})).toBe(0);
    expect(await conformance(['--diff', join(tmpdir(), 'no-such-real.json')], () => {})).toBe(2);
  });
});
