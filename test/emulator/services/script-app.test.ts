import { describe, expect, it } from 'vitest';
import { TRIGGER_MESSAGES } from '../../../dev/emulator/services/triggers';
import { setup, thrown } from './helpers';

const doc = { getId: () => 'emulated-spreadsheet' };

describe('ScriptApp triggers', () => {
  it('creates a daily time-driven trigger and lists it for the emulator', () => {
    const { globals: g, state } = setup();
    const t = g.ScriptApp.newTrigger('refreshActuals').timeBased().everyDays(1).atHour(6).create();
    expect(t.getHandlerFunction()).toBe('refreshActuals');
    expect(String(t.getEventType())).toBe('CLOCK');
    expect(t.getEventType()).toBe(g.ScriptApp.EventType.CLOCK);
    expect(String(t.getTriggerSource())).toBe('CLOCK');
    expect(t.getUniqueId()).toMatch(/^\d{16,}$/);
    expect(state.listTriggers()).toEqual([
      {
        id: t.getUniqueId(),
        handler: 'refreshActuals',
        user: g.Session.getEffectiveUser().getEmail(),
        eventType: 'CLOCK',
        schedule: { everyDays: 1, atHour: 6 },
      },
    ]);
  });

  it('supports everyHours and onMonthDay schedules', () => {
    const { globals: g, state } = setup({ addon: false });
    g.ScriptApp.newTrigger('a').timeBased().everyHours(4).create();
    g.ScriptApp.newTrigger('b').timeBased().onMonthDay(1).atHour(7).create();
    expect(state.listTriggers().map((t) => t.schedule)).toEqual([
      { everyHours: 4 },
      { onMonthDay: 1, atHour: 7 },
    ]);
  });

  it('allows an add-on one time-driven trigger per user per document (Google’s message)', () => {
    const { globals: g, state } = setup();
    g.ScriptApp.newTrigger('refresh').timeBased().everyHours(1).create();
    const err = thrown(() => g.ScriptApp.newTrigger('other').timeBased().everyDays(1).create());
    expect(err.message).toBe(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    // Another user of the same document has their own allowance.
    state.user.email = 'ben@example.com';
    g.ScriptApp.newTrigger('refresh').timeBased().everyDays(1).create();
    // A different event type is a different allowance.
    g.ScriptApp.newTrigger('opened').forSpreadsheet(doc).onOpen().create();
    expect(() => g.ScriptApp.newTrigger('again').forSpreadsheet(doc).onOpen().create()).toThrow(
      TRIGGER_MESSAGES.addonDuplicate('open'),
    );
    expect(state.listTriggers()).toHaveLength(3);
  });

  it('refuses add-on time-driven triggers more often than hourly', () => {
    const { globals: g } = setup();
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(
      TRIGGER_MESSAGES.addonTooFrequent,
    );
  });

  it('validates builder arguments', () => {
    const { globals: g } = setup({ addon: false });
    expect(() => g.ScriptApp.newTrigger('f').timeBased().everyMinutes(7)).toThrow(
      TRIGGER_MESSAGES.everyMinutes,
    );
    expect(() => g.ScriptApp.newTrigger('f').timeBased().atHour(24)).toThrow(
      'Invalid argument: hour',
    );
    expect(() => g.ScriptApp.newTrigger('f').timeBased().onMonthDay(0)).toThrow(
      'Invalid argument: day',
    );
    expect(() => g.ScriptApp.newTrigger('f').timeBased().atHour(5).create()).toThrow(
      TRIGGER_MESSAGES.noSchedule,
    );
    expect(() => g.ScriptApp.newTrigger('f').forSpreadsheet(doc).create()).toThrow(
      TRIGGER_MESSAGES.noEvent,
    );
  });

  it('lets an add-on create spreadsheet triggers only for its own document', () => {
    const { globals: g } = setup();
    expect(() =>
      g.ScriptApp.newTrigger('f').forSpreadsheet('someone-elses-file').onEdit().create(),
    ).toThrow(TRIGGER_MESSAGES.addonOtherDocument);
    const t = g.ScriptApp.newTrigger('f').forSpreadsheet(doc).onEdit().create();
    expect(String(t.getTriggerSource())).toBe('SPREADSHEETS');
    expect(t.getTriggerSourceId()).toBe('emulated-spreadsheet');
  });

  it('caps triggers at 20 per user per script', () => {
    const { globals: g } = setup({ addon: false });
    for (let i = 0; i < 20; i++) g.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => g.ScriptApp.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      TRIGGER_MESSAGES.tooMany,
    );
  });

  it('lists the user’s triggers and deletes them', () => {
    const { globals: g, state } = setup();
    const clockT = g.ScriptApp.newTrigger('refresh').timeBased().everyDays(1).create();
    g.ScriptApp.newTrigger('opened').forSpreadsheet(doc).onOpen().create();
    state.user.email = 'ben@example.com';
    g.ScriptApp.newTrigger('bens').timeBased().everyDays(1).create();
    state.user.email = 'ana@example.com';
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual([
      'refresh',
      'opened',
    ]);
    expect(g.ScriptApp.getUserTriggers(doc)).toHaveLength(2);
    expect(g.ScriptApp.getUserTriggers({ getId: () => 'other' })).toHaveLength(0);
    g.ScriptApp.deleteTrigger(clockT);
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['opened']);
    // After deleting, the add-on may create its time-driven trigger again.
    g.ScriptApp.newTrigger('refresh').timeBased().everyDays(1).create();
    expect(state.listTriggers()).toHaveLength(3);
  });

  it('requires full authorization and the script.scriptapp scope', () => {
    const none = setup({ authMode: () => 'NONE' });
    expect(() => none.globals.ScriptApp.newTrigger('f')).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    const scoped = setup({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    expect(() => scoped.globals.ScriptApp.getProjectTriggers()).toThrow(
      'Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
  });

  it('exposes enums that compare by identity and print their names', () => {
    const { globals: g } = setup();
    expect(String(g.ScriptApp.AuthMode.FULL)).toBe('FULL');
    expect(g.ScriptApp.AuthMode.NONE).toBe(g.ScriptApp.AuthMode.NONE);
    expect(JSON.stringify({ m: g.ScriptApp.AuthMode.LIMITED })).toBe('{"m":"LIMITED"}');
    const info = g.ScriptApp.getAuthorizationInfo(g.ScriptApp.AuthMode.FULL);
    expect(String(info.getAuthorizationStatus())).toBe('NOT_REQUIRED');
  });
});
