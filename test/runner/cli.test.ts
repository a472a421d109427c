/**
 * The runner end to end: the CLI as a child process over the built bundle and
 * the real emulator, checking the documented contract (README, --help).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

interface Outcome {
  code: number;
  lines: Record<string, unknown>[];
  stdout: string;
  stderr: string;
}

async function sheet(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'dev/runner/cli.ts', ...args],
      { cwd: ROOT, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr, lines: parse(stdout) };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr, lines: parse(err.stdout) };
  }
}

function parse(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'build', 'Code.js'))) {
    const { build } = await import('../../dev/build');
    await build();
  }
}, 120_000);

describe('npm run sheet (child process, built bundle)', () => {
  it('writes, reads, evaluates formulas and custom functions, counts calls', async () => {
    const r = await sheet(
      '--now',
      '2026-07-15T09:00:00Z',
      '--set',
      "'Sheet1'!A1",
      '21',
      '--set',
      "'Sheet1'!A2",
      '=A1/0.7',
      '--set',
      "'Sheet1'!A3",
      '=REQUIRED_DEALS(1200000, 24000)',
      '--set',
      "'Sheet1'!A4",
      "'42",
      '--get',
      "'Sheet1'!A1:A4",
      '--stats',
      '--call',
      'showSidebar',
      '--stats',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.lines.slice(0, 5)).toEqual([
      { set: "'Sheet1'!A1" },
      { set: "'Sheet1'!A2" },
      { set: "'Sheet1'!A3" },
      { set: "'Sheet1'!A4" },
      {
        get: "'Sheet1'!A1:A4",
        values: [[21], [21 / 0.7], [50], ['42']],
        formulas: [[''], ['=A1/0.7'], ['=REQUIRED_DEALS(1200000, 24000)'], ['']],
      },
    ]);
    // The runner's own --set/--get are not the add-on's calls.
    expect(r.lines[5]).toEqual({
      stats: { calls: 0, flushes: 0, ms: expect.any(Number), byMethod: {} },
    });
    expect(r.lines[6]).toEqual({ call: 'showSidebar', result: null });
    const stats = r.lines[7].stats as {
      calls: number;
      flushes: number;
      ms: number;
      byMethod: Record<string, number>;
    };
    expect(Object.keys(stats).sort()).toEqual(['byMethod', 'calls', 'flushes', 'ms']);
    expect(stats.calls).toBeGreaterThan(0);
    expect(Object.values(stats.byMethod).reduce((a, b) => a + b, 0)).toBe(stats.calls);
  }, 60_000);

  it('reports a failing call as an error line and exits 1, running the later steps', async () => {
    const r = await sheet(
      '--call',
      'noSuchFunction',
      '[]',
      '--set',
      "'Sheet1'!B2",
      '7',
      '--get',
      "'Sheet1'!B2",
    );
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(3);
    expect(r.lines[0]).toMatchObject({ call: 'noSuchFunction', error: expect.any(String) });
    expect(r.lines[2]).toEqual({ get: "'Sheet1'!B2", values: [[7]], formulas: [['']] });
  }, 60_000);

  it('--fail-call N makes the N-th service call of the next --call throw the transient error', async () => {
    const r = await sheet(
      '--now',
      '2026-07-15T09:00:00Z',
      '--fail-call',
      '1',
      '--call',
      'getSidebarState',
      '--call',
      'getSidebarState',
    );
    expect(r.code).toBe(1);
    expect(r.lines[0]).toEqual({
      call: 'getSidebarState',
      error: 'Service Spreadsheets failed while accessing document with id emulated-spreadsheet.',
      failCall: 1,
      calls: 1,
    });
    // Only that step: the retry runs clean.
    expect(r.lines[1]).toMatchObject({ call: 'getSidebarState', result: expect.any(Object) });
  }, 60_000);

  it('--bundle, --user, --as, --at and --triggers run a scheduled job per user in add-on trigger context', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runner-bundle-'));
    writeFileSync(
      join(dir, 'Code.js'),
      `function schedule() {
  PropertiesService.getUserProperties().setProperty('doc', SpreadsheetApp.getActiveSpreadsheet().getId());
  ScriptApp.newTrigger('job').timeBased().everyDays(1).atHour(6).create();
}
function job() {
  var ss = SpreadsheetApp.openById(PropertiesService.getUserProperties().getProperty('doc'));
  ss.getSheets()[0].appendRow([Session.getEffectiveUser().getEmail(), SpreadsheetApp.getActiveSpreadsheet() === null]);
}`,
    );
    writeFileSync(
      join(dir, 'appsscript.json'),
      JSON.stringify({
        timeZone: 'Etc/UTC',
        oauthScopes: [
          'https://www.googleapis.com/auth/spreadsheets',
          'https://www.googleapis.com/auth/script.scriptapp',
          'https://www.googleapis.com/auth/userinfo.email',
        ],
      }),
    );
    const r = await sheet(
      '--bundle',
      dir,
      '--user',
      'owner@x.com',
      '--now',
      '2026-07-15T09:00:00Z',
      '--call',
      'schedule',
      '--as',
      'ana@x.com',
      '--call',
      'schedule',
      '--at',
      '2026-07-16T07:00:00Z',
      '--triggers',
      '--get',
      "'Sheet1'!A1:B2",
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.lines.slice(3)).toEqual([
      { at: '2026-07-16T07:00:00Z' },
      {
        triggers: [
          { handler: 'job', user: 'owner@x.com', at: '2026-07-16T06:00:00.000Z', ok: true },
          { handler: 'job', user: 'ana@x.com', at: '2026-07-16T06:00:00.000Z', ok: true },
        ],
      },
      {
        get: "'Sheet1'!A1:B2",
        values: [
          ['owner@x.com', true],
          ['ana@x.com', true],
        ],
        formulas: [
          ['', ''],
          ['', ''],
        ],
      },
    ]);
  }, 60_000);

  it('adds CSV tabs, saves with --out and loads the file again with --in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sheet-cli-'));
    const csv = join(dir, 'crm.csv');
    const book = join(dir, 'book.xlsx');
    writeFileSync(csv, 'Record ID,Lifecycle Stage,Amount\n1,lead,1200.5\n2,customer,007\n');
    const first = await sheet(
      '--csv',
      `CRM export=${csv}`,
      '--set',
      "'Sheet1'!A1",
      "=SUM('CRM export'!C2:C3)",
      '--get',
      "'CRM export'!A1:C3",
      '--get',
      "'Sheet1'!A1",
      '--out',
      book,
    );
    expect(first.code).toBe(0);
    expect(first.lines[1]).toEqual({
      get: "'CRM export'!A1:C3",
      values: [
        ['Record ID', 'Lifecycle Stage', 'Amount'],
        [1, 'lead', 1200.5],
        [2, 'customer', '007'],
      ],
      formulas: [
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
      ],
    });
    expect(first.lines[2]).toMatchObject({ values: [[1200.5]] });
    expect(existsSync(book)).toBe(true);

    const second = await sheet('--in', book, '--get', "'Sheet1'!A1", '--get', "'CRM export'!B3");
    expect(second.code).toBe(0);
    expect(second.lines).toEqual([
      { get: "'Sheet1'!A1", values: [[1200.5]], formulas: [["=SUM('CRM export'!C2:C3)"]] },
      { get: "'CRM export'!B3", values: [['customer']], formulas: [['']] },
    ]);
  }, 60_000);

  it('is wired as `npm run -s sheet` and prints usage errors on stderr with exit 2', async () => {
    try {
      await run('npm', ['run', '-s', 'sheet', '--', '--get'], { cwd: ROOT, timeout: 60_000 });
      expect.unreachable();
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      expect(err.code).toBe(2);
      expect(err.stdout).toBe('');
      expect(err.stderr).toContain('sheet: --get needs a range');
    }
  }, 60_000);
});
