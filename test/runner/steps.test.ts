import { describe, expect, it } from 'vitest';
import { cellInput, parseArgs } from '../../dev/runner/steps';

describe('runner argv parsing', () => {
  it('collects options anywhere and steps in order', () => {
    expect(
      parseArgs([
        '--now',
        '2026-07-15T09:00:00Z',
        '--set',
        "'Sheet1'!A1",
        '1200000',
        '--tz',
        'Europe/Berlin',
        '--call',
        'FUNNEL_PLAN',
        '[1200000, {"dealSize": 24000}]',
        '--get',
        'SLA_Targets',
        '--stats',
        '--csv',
        'CRM export=crm.csv',
        '--csv',
        'Deals=deals.csv',
        '--in',
        'book.xlsx',
        '--locale',
        'de_DE',
        '--out',
        'out.xlsx',
      ]),
    ).toEqual({
      kind: 'run',
      options: {
        now: '2026-07-15T09:00:00Z',
        timeZone: 'Europe/Berlin',
        locale: 'de_DE',
        in: 'book.xlsx',
        out: 'out.xlsx',
        csv: [
          { tab: 'CRM export', file: 'crm.csv' },
          { tab: 'Deals', file: 'deals.csv' },
        ],
      },
      steps: [
        { kind: 'set', ref: "'Sheet1'!A1", value: '1200000' },
        { kind: 'call', name: 'FUNNEL_PLAN', args: [1200000, { dealSize: 24000 }] },
        { kind: 'get', ref: 'SLA_Targets' },
        { kind: 'stats' },
      ],
    });
  });

  it('makes --call arguments optional', () => {
    expect(parseArgs(['--call', 'onOpen', '--stats'])).toMatchObject({
      steps: [{ kind: 'call', name: 'onOpen', args: [] }, { kind: 'stats' }],
    });
  });

  it('attaches --fail-call N to the --call right after it', () => {
    expect(
      parseArgs(['--fail-call', '7', '--call', 'refresh', '[1]', '--call', 'x']),
    ).toMatchObject({
      steps: [
        { kind: 'call', name: 'refresh', args: [1], failCall: 7 },
        { kind: 'call', name: 'x', args: [] },
      ],
    });
    expect(parseArgs(['--fail-call', '7', '--stats'])).toEqual({
      kind: 'usage-error',
      message: '--fail-call 7 must come right before a --call',
    });
    expect(parseArgs(['--call', 'x', '--fail-call', '1'])).toEqual({
      kind: 'usage-error',
      message: '--fail-call 1 must come right before a --call',
    });
    expect(parseArgs(['--fail-call', '0', '--call', 'x'])).toEqual({
      kind: 'usage-error',
      message: '--fail-call expects a whole number >= 1, got "0"',
    });
  });

  it('parses users, clock steps, --triggers and --bundle', () => {
    expect(
      parseArgs([
        '--user',
        'owner@x.com',
        '--bundle',
        'dev/conformance/build',
        '--as',
        'ana@x.com',
        '--at',
        '2026-08-01T06:00:00Z',
        '--triggers',
      ]),
    ).toEqual({
      kind: 'run',
      options: { csv: [], user: 'owner@x.com', bundle: 'dev/conformance/build' },
      steps: [
        { kind: 'as', email: 'ana@x.com' },
        { kind: 'at', iso: '2026-08-01T06:00:00Z' },
        { kind: 'triggers' },
      ],
    });
    expect(parseArgs(['--as', 'nobody'])).toEqual({
      kind: 'usage-error',
      message: '--as expects an e-mail address, got "nobody"',
    });
    expect(parseArgs(['--at', 'tomorrow'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['--user', 'a@x.com', '--user', 'b@x.com'])).toEqual({
      kind: 'usage-error',
      message: '--user given twice',
    });
  });

  it('ignores a leading -- that npm may pass through', () => {
    expect(parseArgs(['--', '--stats'])).toMatchObject({ kind: 'run', steps: [{ kind: 'stats' }] });
  });

  it('passes --set values on as typed text; only an empty value clears', () => {
    expect(cellInput('=SUM(A1:A3)')).toBe('=SUM(A1:A3)');
    expect(cellInput('42')).toBe('42');
    expect(cellInput("'42")).toBe("'42");
    expect(cellInput('')).toBeNull();
    expect(parseArgs(['--set', 'A1', '1,5'])).toMatchObject({
      steps: [{ kind: 'set', ref: 'A1', value: '1,5' }],
    });
  });

  it('answers --help', () => {
    expect(parseArgs(['--stats', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['stray'], 'unexpected argument "stray"'],
    [['--get'], '--get needs a range'],
    [['--get', '--stats'], '--get needs a range'],
    [['--set', 'A1'], "--set A1 needs a VALUE ('' to clear)"],
    [['--call', 'f', '{"a":1}'], '--call f: arguments must be a JSON array'],
    [['--call', 'f', '[1,'], '--call f: arguments must be a JSON array'],
    [['--csv', 'nofile'], "--csv expects 'TAB=FILE.csv'"],
    [['--csv', '=x.csv'], "--csv expects 'TAB=FILE.csv'"],
    [['--now', 'soon'], '--now expects an ISO instant'],
    [['--tz', 'Mars/Olympus'], '--tz expects an IANA time zone'],
    [['--locale', 'English'], '--locale expects a locale'],
    [['--in', 'a.xlsx', '--in', 'b.xlsx'], '--in given twice'],
  ])('rejects %j with a clear message', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toContain(message);
  });
});
