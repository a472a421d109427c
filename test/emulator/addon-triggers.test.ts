/**
 * Users and an editor add-on's installable time-driven triggers, run as Google
 * runs them. Sources:
 *  - installable triggers run as their creator; a user sees only their own
 *    (https://developers.google.com/apps-script/guides/triggers/installable#restrictions);
 *  - add-ons: one trigger of each type per user per document, at most hourly
 *    (https://developers.google.com/workspace/add-ons/concepts/editor-triggers);
 *  - no active spreadsheet in a timed trigger
 *    (https://github.com/mogsdad/SheetConverter/issues/2), getDocumentLock() null
 *    outside a containing document
 *    (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()),
 *    getDocumentProperties() null where document properties are not available
 *    (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()),
 *    getUi() refused (https://github.com/davepar/gcalendarsync/issues/93);
 *  - openById needs the spreadsheets scope, currentonly is not enough
 *    (https://github.com/vtst/google-apps-scripts/blob/master/VtstAddonTriggerLib/README.md,
 *    message as in https://github.com/peterherrmann/BetterLog/issues/29);
 *  - the time-driven event object
 *    (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, thrown } from './helpers';

const CODE = `
function remember() {
  PropertiesService.getUserProperties().setProperty('doc', SpreadsheetApp.getActiveSpreadsheet().getId());
}
function schedule() {
  remember();
  ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(6).create();
  return ScriptApp.getProjectTriggers().length;
}
function mine() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  return ScriptApp.getUserTriggers(ss).map(function (t) { return t.getHandlerFunction(); });
}
function unschedule() {
  ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
}
function tick(e) {
  var facts = {
    noActive: SpreadsheetApp.getActiveSpreadsheet() === null,
    noDocProps: PropertiesService.getDocumentProperties() === null,
    noDocLock: LockService.getDocumentLock() === null,
    authMode: String(e.authMode),
    event: [e.year, e.month, e['day-of-month'], e.hour, e['day-of-week'], e.timezone, typeof e.triggerUid],
    now: new Date().toISOString(),
  };
  try { SpreadsheetApp.getUi(); } catch (err) { facts.ui = err.message; }
  PropertiesService.getUserProperties().setProperty('facts', JSON.stringify(facts));
  var ss = SpreadsheetApp.openById(PropertiesService.getUserProperties().getProperty('doc'));
  ss.getSheets()[0].appendRow([facts.now]);
}
`;

function bundleDir(scopes: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'addon-'));
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({ timeZone: 'Etc/UTC', oauthScopes: scopes }),
  );
  return dir;
}

const FULL = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/script.scriptapp',
];
const CURRENT_ONLY = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.scriptapp',
];

describe('add-on time-driven triggers', () => {
  it('run as their owner, FULL, outside the document: no active spreadsheet, document properties, lock or UI', async () => {
    const emu = await fixture({ code: CODE, htmlDir: bundleDir(FULL), userEmail: 'owner@x.com' });
    expect(emu.run('schedule')).toBe(1);
    emu.setNow('2026-07-16T07:00:00Z');
    expect(emu.fireDueTriggers()).toEqual([
      { handler: 'tick', user: 'owner@x.com', at: '2026-07-16T06:00:00.000Z', ok: true },
    ]);
    const facts = JSON.parse(emu.properties('user').facts);
    expect(facts).toEqual({
      noActive: true,
      noDocProps: true,
      noDocLock: true,
      authMode: 'FULL',
      event: [2026, 7, 16, 6, 4, 'UTC', 'string'],
      now: '2026-07-16T06:00:00.000Z',
      ui: 'Cannot call SpreadsheetApp.getUi() from this context.',
    });
    expect(emu.get("'Sheet1'!A1").values).toEqual([['2026-07-16T06:00:00.000Z']]);
    // The clock is back where the test set it; nothing more is due.
    expect(emu.run('remember')).toBeNull();
    expect(emu.fireDueTriggers()).toEqual([]);
  });

  it('fires every missed run in order, each at its own instant', async () => {
    const emu = await fixture({ code: CODE, htmlDir: bundleDir(FULL) });
    emu.run('schedule');
    emu.setNow('2026-07-18T05:59:00Z');
    expect(emu.fireDueTriggers().map((r) => r.at)).toEqual([
      '2026-07-16T06:00:00.000Z',
      '2026-07-17T06:00:00.000Z',
    ]);
    expect(emu.get("'Sheet1'!A1:A2").values.flat()).toEqual([
      '2026-07-16T06:00:00.000Z',
      '2026-07-17T06:00:00.000Z',
    ]);
  });

  it('cannot open the document by id with spreadsheets.currentonly (the run fails with Google’s message)', async () => {
    const emu = await fixture({ code: CODE, htmlDir: bundleDir(CURRENT_ONLY) });
    emu.run('schedule');
    emu.setNow('2026-07-16T06:30:00Z');
    const [run] = emu.fireDueTriggers();
    expect(run.ok).toBe(false);
    expect(run.error).toBe(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('keeps users apart: own triggers, own user properties, one time-driven trigger each per document', async () => {
    const emu = await fixture({ code: CODE, htmlDir: bundleDir(FULL), userEmail: 'owner@x.com' });
    emu.run('schedule');
    emu.setUser('ana@x.com');
    expect(emu.user()).toBe('ana@x.com');
    expect(emu.run('mine')).toEqual([]);
    expect(emu.run('schedule')).toBe(1);
    expect(thrown(() => emu.run('schedule'))).toBe(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    expect(emu.listTriggers().map((t) => t.user)).toEqual(['owner@x.com', 'ana@x.com']);
    emu.setNow('2026-07-16T06:10:00Z');
    expect(emu.fireDueTriggers().map((r) => r.user)).toEqual(['owner@x.com', 'ana@x.com']);
    expect(emu.user()).toBe('ana@x.com');
    // Ana turning her schedule off leaves the owner's.
    emu.run('unschedule');
    expect(emu.listTriggers().map((t) => t.user)).toEqual(['owner@x.com']);
    expect(emu.properties('user').facts).toBeDefined();
    emu.setUser('bob@x.com');
    expect(emu.properties('user')).toEqual({});
  });

  it('reports a handler that no longer exists, and skips triggers deleted before they were due', async () => {
    const emu = await fixture({
      code: `${CODE}\nfunction orphan() { ScriptApp.newTrigger('gone').timeBased().everyHours(1).create(); }`,
      htmlDir: bundleDir(FULL),
    });
    emu.run('orphan');
    emu.setNow('2026-07-15T10:00:00Z');
    expect(emu.fireDueTriggers()).toEqual([
      {
        handler: 'gone',
        user: 'user@example.com',
        at: '2026-07-15T10:00:00.000Z',
        ok: false,
        error: 'Script function not found: gone',
      },
    ]);
    emu.run('unschedule');
    emu.setNow('2026-07-16T10:00:00Z');
    expect(emu.fireDueTriggers()).toEqual([]);
  });

  it('opens the document by id from a normal call with the spreadsheets scope, never from a custom function', async () => {
    const emu = await fixture({
      code: `${CODE}
function byId() { return SpreadsheetApp.openById(SpreadsheetApp.getActiveSpreadsheet().getId()).getName(); }
function other() { return SpreadsheetApp.openById('someone-elses-file').getName(); }
/**
 * @return the name.
 * @customfunction
 */
function OPENME() { return SpreadsheetApp.openById('emulated-spreadsheet').getName(); }`,
      htmlDir: bundleDir(FULL),
    });
    expect(emu.run('byId')).toBe('Untitled spreadsheet');
    expect(thrown(() => emu.run('other'))).toBe(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    emu.set("'Sheet1'!B1", '=OPENME()');
    expect(emu.view().sheets[0].cells.find((c) => c.c === 2)?.error).toMatch(
      /You do not have permission to call SpreadsheetApp.openById/,
    );
  });
});
