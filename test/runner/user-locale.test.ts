/** The runner's --user-locale: the user's language beside the spreadsheet's locale. */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../dev/runner/steps';

describe('--user-locale', () => {
  it('is read beside --locale', () => {
    const parsed = parseArgs(['--locale', 'de_DE', '--user-locale', 'pl', '--call', 'onOpen']);
    expect(parsed.kind === 'run' && parsed.options).toMatchObject({
      locale: 'de_DE',
      userLocale: 'pl',
    });
  });

  it('refuses what is not a locale', () => {
    expect(parseArgs(['--user-locale', 'Polish']).kind).toBe('usage-error');
  });
});
