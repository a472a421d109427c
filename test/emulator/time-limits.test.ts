/**
 * Execution time limits: 30 s per custom-function call
 * (https://developers.google.com/apps-script/guides/sheets/functions), 30 s per
 * simple trigger (https://developers.google.com/apps-script/guides/triggers#restrictions),
 * 6 minutes otherwise (https://developers.google.com/apps-script/guides/services/quotas).
 * Time is made with Utilities.sleep, which advances the emulator clock without
 * waiting: no test here depends on the machine's speed.
 */
import { describe, expect, it } from 'vitest';
import { TIME_LIMIT_MESSAGE } from '../../dev/emulator/exec-time';
import { fixture, thrown } from './helpers';

const CODE = `
/**
 * Sleeps, then returns x.
 * @param {number} seconds How long.
 * @return The seconds.
 * @customfunction
 */
function SLOW(seconds) { Utilities.sleep(seconds * 1000); return seconds; }
function onOpen(e) { Utilities.sleep(Number(PropertiesService.getScriptProperties().getProperty('sleep') || 0)); }
function setSleep(ms) { PropertiesService.getScriptProperties().setProperty('sleep', String(ms)); }
function work(ms) {
  // Utilities.sleep allows at most 300000 ms per call.
  for (; ms > 0; ms -= 300000) Utilities.sleep(Math.min(ms, 300000));
  return 'done';
}
`;

describe('execution time limits', () => {
  it('fails a custom function call over 30 s with Exceeded maximum execution time, and reports every call', async () => {
    const emu = await fixture({ code: CODE });
    emu.executionTimes();
    emu.set("'Sheet1'!A1", '=SLOW(29)');
    emu.set("'Sheet1'!A2", '=SLOW(31)');
    expect(emu.get("'Sheet1'!A1:A2").values.flat()).toEqual([29, '#ERROR!']);
    expect(emu.view().sheets[0].cells.find((c) => c.r === 2)?.error).toBe(TIME_LIMIT_MESSAGE);
    const times = emu.executionTimes().filter((t) => t.kind === 'custom-function');
    expect(times.map((t) => [t.name, t.ok])).toEqual([
      ['SLOW', true],
      ['SLOW', false],
    ]);
    expect(times[0].ms).toBeGreaterThanOrEqual(29_000);
    expect(times[1].ms).toBeGreaterThanOrEqual(31_000);
  });

  it('fails a simple trigger over 30 s but lets a sidebar call run up to 6 minutes', async () => {
    const emu = await fixture({ code: CODE });
    emu.run('setSleep', [31_000]);
    expect(thrown(() => emu.trigger('onOpen', 'LIMITED'))).toBe(TIME_LIMIT_MESSAGE);
    expect(emu.run('work', [300_000])).toBe('done');
    expect(thrown(() => emu.run('work', [361_000]))).toBe(TIME_LIMIT_MESSAGE);
    expect(emu.executionTimes().map((t) => [t.kind, t.name, t.ok])).toEqual([
      ['execution', 'setSleep', true],
      ['simple-trigger', 'onOpen', false],
      ['execution', 'work', true],
      ['execution', 'work', false],
    ]);
  });
});
