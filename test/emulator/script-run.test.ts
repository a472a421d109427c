/** google.script.run rules, triggers and UI records. */
import { describe, expect, it } from 'vitest';
import { fixture } from './helpers';

describe('run (google.script.run)', () => {
  it('passes plain data both ways', async () => {
    const emu = await fixture();
    const arg = { a: [1, 'x', true, null], b: { c: 2 } };
    expect(emu.run('echo', [arg])).toEqual(arg);
    expect(emu.run('echo', [[1, undefined, 3]])).toEqual([1, null, 3]);
    expect(emu.run('echo', [])).toBeNull();
  });

  it('rejects Date and other non-plain arguments like the client does', async () => {
    const emu = await fixture();
    expect(() => emu.run('echo', [new Date()])).toThrow(
      'Failed due to illegal value in property: 0',
    );
    expect(() => emu.run('echo', [{ when: new Date() }])).toThrow(
      'Failed due to illegal value in property: when',
    );
    expect(() => emu.run('echo', [() => 1])).toThrow('Failed due to illegal value in property: 0');
    expect(() => emu.run('echo', [new Map()])).toThrow('illegal value');
  });

  it('rejects private (_) and unknown functions', async () => {
    const emu = await fixture();
    expect(() => emu.run('helper_')).toThrow('google.script.run.helper_ is not a function');
    expect(() => emu.run('nope')).toThrow('google.script.run.nope is not a function');
    expect(() => emu.run('SpreadsheetApp')).toThrow('is not a function');
  });

  it('a result containing a Date arrives as null', async () => {
    const emu = await fixture();
    expect(emu.run('returnsDate')).toBeNull();
  });

  it('server errors reach the caller with their message', async () => {
    const emu = await fixture();
    expect(() => emu.run('boom')).toThrow('The starting row of the range is too small.');
  });

  it('records sidebars, menus and toasts', async () => {
    const emu = await fixture();
    emu.trigger('onOpen', 'LIMITED');
    emu.run('showPanel');
    expect(emu.ui.sidebar).toEqual({ title: 'Panel', html: '<p>hi</p>' });
    emu.spreadsheetApp.getActiveSpreadsheet().toast('Saved', 'Funnel SLA');
    expect(emu.ui.toasts).toEqual([{ message: 'Saved', title: 'Funnel SLA' }]);
  });

  it('trigger passes the event with authMode and rejects unknown handlers', async () => {
    const emu = await fixture();
    expect(emu.trigger('onOpen', 'FULL')).toBe('FULL');
    expect(() => emu.trigger('missing')).toThrow('Script function not found: missing');
  });
});
