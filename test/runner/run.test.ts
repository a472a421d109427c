import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmulatorOptions } from '../../dev/emulator/contract';
import { main, type RunnerSource } from '../../dev/runner/cli';
import { FakeEmulator } from './fake-emulator';

function harness() {
  const made: { emu: FakeEmulator; path?: string; opts: EmulatorOptions }[] = [];
  const source: RunnerSource = {
    async create(opts) {
      const emu = new FakeEmulator(opts);
      made.push({ emu, opts });
      return emu;
    },
    async load(path, opts) {
      const emu = new FakeEmulator(opts);
      made.push({ emu, path, opts });
      return emu;
    },
  };
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (t: string) => err.push(t) };
  const run = (...argv: string[]) => main(argv, source, io);
  return { run, out, err, made, json: () => out.map((l) => JSON.parse(l)) };
}

describe('runner steps (in-process, fake emulator)', () => {
  it('prints one JSON line per step and exits 0 when all succeed', async () => {
    const h = harness();
    const code = await h.run(
      '--set',
      "'Sheet1'!A1",
      '=1+1',
      '--get',
      "'Sheet1'!A1",
      '--call',
      'double',
      '[21]',
      '--call',
      'nothing',
      '--call',
      'when',
      '--stats',
    );
    expect(code).toBe(0);
    expect(h.json()).toEqual([
      { set: "'Sheet1'!A1" },
      { get: "'Sheet1'!A1", values: [[2]], formulas: [['=1+1']] },
      { call: 'double', result: 42 },
      { call: 'nothing', result: null },
      { call: 'when', result: '2026-07-15T00:00:00.000Z' },
      { stats: { calls: 3, flushes: 0, ms: 0, byMethod: { run: 3 } } },
    ]);
  });

  it('reports a failing step as an error line, keeps going and exits 1', async () => {
    const h = harness();
    const code = await h.run(
      '--call',
      'missing',
      '[]',
      '--get',
      'Nope',
      '--set',
      "'X'!A1",
      '1',
      '--call',
      'double',
      '[1]',
    );
    expect(code).toBe(1);
    expect(h.json()).toEqual([
      { call: 'missing', error: 'Script function not found: missing' },
      { get: 'Nope', error: 'Range not found: Nope' },
      { set: "'X'!A1", error: "Sheet not found: 'X'!A1" },
      { call: 'double', result: 2 },
    ]);
  });

  it('--fail-call N fails the N-th service call of the next --call only, with the call count', async () => {
    const h = harness();
    const code = await h.run(
      '--fail-call',
      '2',
      '--call',
      'double',
      '[1]',
      '--fail-call',
      '3',
      '--call',
      'double',
      '[2]',
      '--call',
      'double',
      '[3]',
    );
    expect(code).toBe(1);
    expect(h.json()).toEqual([
      {
        call: 'double',
        error: 'Service Spreadsheets failed while accessing document with id fake.',
        failCall: 2,
        calls: 2,
      },
      // The call made only 2 service calls: no fault, and none left armed for the next step.
      { call: 'double', result: 4, failCall: 3, calls: 2 },
      { call: 'double', result: 6 },
    ]);
  });

  it('switches users, sets the clock and fires triggers; a failed trigger fails the run', async () => {
    const h = harness();
    const code = await h.run(
      '--user',
      'owner@x.com',
      '--at',
      '2026-08-01T07:00:00Z',
      '--triggers',
      '--as',
      'ana@x.com',
      '--triggers',
    );
    expect(code).toBe(1);
    expect(h.made[0].opts.userEmail).toBe('owner@x.com');
    expect(h.json()).toEqual([
      { at: '2026-08-01T07:00:00Z' },
      {
        triggers: [
          {
            handler: 'scheduledRefresh',
            user: 'owner@x.com',
            at: '2026-08-01T07:00:00Z',
            ok: true,
          },
        ],
      },
      { as: 'ana@x.com' },
      {
        triggers: [
          {
            handler: 'scheduledRefresh',
            user: 'ana@x.com',
            at: '2026-08-01T07:00:00Z',
            ok: false,
            error: 'Sheet not found',
          },
        ],
      },
    ]);
  });

  it('runs another bundle with --bundle DIR, and refuses a folder without Code.js', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const h = harness();
    expect(await h.run('--bundle', dir, '--stats')).toBe(2);
    expect(h.err.join('\n')).toContain(`no such file: ${join(dir, 'Code.js')}`);
    writeFileSync(join(dir, 'Code.js'), 'function f() {}');
    writeFileSync(join(dir, 'appsscript.json'), '{}');
    const ok = harness();
    expect(await ok.run('--bundle', dir, '--stats')).toBe(0);
    expect(ok.made[0].opts).toMatchObject({ codePath: join(dir, 'Code.js'), htmlDir: dir });
  });

  it('reports a result JSON cannot hold as an error', async () => {
    const h = harness();
    expect(await h.run('--call', 'cyclic')).toBe(1);
    expect(h.json()[0]).toMatchObject({
      call: 'cyclic',
      error: expect.stringContaining('circular'),
    });
  });

  it('does not count loading in the first --stats', async () => {
    const source: RunnerSource = {
      async create(opts) {
        const emu = new FakeEmulator(opts);
        emu.run('double', [1]); // e.g. onOpen at load
        return emu;
      },
      load: () => Promise.reject(new Error('unused')),
    };
    const out: string[] = [];
    await main(['--stats'], source, { out: (l) => out.push(l), err: () => {} });
    expect(JSON.parse(out[0]).stats.calls).toBe(0);
  });

  it('passes locale, time zone, clock, --in and --csv to the emulator, and saves --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runner-'));
    const csv = join(dir, 'crm.csv');
    const book = join(dir, 'book.xlsx');
    writeFileSync(csv, 'Record ID,Lifecycle Stage\n1,lead\n');
    writeFileSync(book, '');
    const h = harness();
    const code = await h.run(
      '--in',
      book,
      '--csv',
      `CRM export=${csv}`,
      '--locale',
      'de_DE',
      '--tz',
      'Europe/Berlin',
      '--now',
      '2026-07-15T09:00:00Z',
      '--out',
      join(dir, 'out.xlsx'),
    );
    expect(code).toBe(0);
    expect(h.out).toEqual([]);
    const [{ emu, path, opts }] = h.made;
    expect(path).toBe(book);
    expect(opts).toEqual({
      locale: 'de_DE',
      timeZone: 'Europe/Berlin',
      now: '2026-07-15T09:00:00Z',
    });
    expect(emu.tabs).toEqual([{ name: 'CRM export', csv: 'Record ID,Lifecycle Stage\n1,lead\n' }]);
    expect(emu.saved).toBe(join(dir, 'out.xlsx'));
  });

  it('exits 1 when --out cannot be saved', async () => {
    const h = harness();
    expect(await h.run('--out', '/readonly/out.xlsx')).toBe(1);
    expect(h.err.join()).toContain('could not save /readonly/out.xlsx: EACCES');
  });

  it('exits 2 with a clear message for usage errors and missing files', async () => {
    const h = harness();
    expect(await h.run('--get')).toBe(2);
    expect(h.err[0]).toContain('sheet: --get needs a range');
    expect(h.err[0]).toContain('--help');
    expect(await h.run('--in', '/no/such/book.xlsx')).toBe(2);
    expect(h.err[1]).toBe('sheet: no such file: /no/such/book.xlsx');
    expect(h.made).toHaveLength(0);
    expect(h.out).toEqual([]);
  });

  it('prints the usage for --help and exits 0', async () => {
    const h = harness();
    expect(await h.run('--help')).toBe(0);
    expect(h.out[0]).toContain('Usage: npm run -s sheet -- [options] [steps]');
  });
});
