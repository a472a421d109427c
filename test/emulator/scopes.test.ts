/**
 * Every service the add-on touches checks the manifest's oauthScopes, with the
 * scopes listed under "Authorization" on each method's reference page:
 *  - https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 *    and #getEffectiveUser(): userinfo.email;
 *  - https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet():
 *    spreadsheets.currentonly or spreadsheets, printed by Apps Script as
 *    `Required permissions: (…currentonly || …spreadsheets)`;
 *  - https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String):
 *    spreadsheets;
 *  - https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object):
 *    script.container.ui;
 *  - https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers():
 *    script.scriptapp;
 *  - PropertiesService, LockService, CacheService, HtmlService: no scope
 *    (https://developers.google.com/apps-script/reference/properties/properties-service).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, thrown } from './helpers';

const CODE = `
function who() { return Session.getActiveUser().getEmail(); }
function effective() { return Session.getEffectiveUser().getEmail(); }
function locale() { return Session.getActiveUserLocale(); }
function name() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
function panel() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>x</p>')); return 'shown'; }
function menu() { SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'panel').addToUi(); return 'menu'; }
function triggers() { return ScriptApp.getProjectTriggers().length; }
function free() {
  PropertiesService.getDocumentProperties().setProperty('k', 'v');
  PropertiesService.getUserProperties().setProperty('k', 'v');
  var lock = LockService.getDocumentLock();
  lock.waitLock(100);
  lock.releaseLock();
  CacheService.getScriptCache().put('k', 'v');
  return HtmlService.createHtmlOutput('<b>ok</b>').getContent();
}
`;

function withScopes(scopes: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'scopes-'));
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ oauthScopes: scopes }));
  return dir;
}

const S = 'https://www.googleapis.com/auth/';

describe('manifest scopes, service by service', () => {
  it('needs userinfo.email for the active and effective user, not for the locale', async () => {
    const emu = await fixture({
      code: CODE,
      htmlDir: withScopes([`${S}spreadsheets.currentonly`]),
    });
    expect(thrown(() => emu.run('who'))).toBe(
      `You do not have permission to call Session.getActiveUser. Required permissions: ${S}userinfo.email`,
    );
    expect(thrown(() => emu.run('effective'))).toBe(
      `You do not have permission to call Session.getEffectiveUser. Required permissions: ${S}userinfo.email`,
    );
    expect(emu.run('locale')).toBe('en');
    const ok = await fixture({ code: CODE, htmlDir: withScopes([`${S}userinfo.email`]) });
    expect(ok.run('who')).toBe('user@example.com');
  });

  it('needs spreadsheets.currentonly or spreadsheets for the document', async () => {
    const none = await fixture({ code: CODE, htmlDir: withScopes([`${S}userinfo.email`]) });
    expect(thrown(() => none.run('name'))).toBe(
      `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${S}spreadsheets.currentonly || ${S}spreadsheets)`,
    );
    for (const scope of ['spreadsheets.currentonly', 'spreadsheets']) {
      const emu = await fixture({ code: CODE, htmlDir: withScopes([`${S}${scope}`]) });
      expect(emu.run('name')).toBe('Untitled spreadsheet');
    }
  });

  it('needs script.container.ui for a sidebar, not for the add-on menu', async () => {
    const emu = await fixture({
      code: CODE,
      htmlDir: withScopes([`${S}spreadsheets.currentonly`]),
    });
    expect(thrown(() => emu.run('panel'))).toBe(
      `You do not have permission to call Ui.showSidebar. Required permissions: ${S}script.container.ui`,
    );
    expect(emu.run('menu')).toBe('menu');
    const ok = await fixture({
      code: CODE,
      htmlDir: withScopes([`${S}spreadsheets.currentonly`, `${S}script.container.ui`]),
    });
    expect(ok.run('panel')).toBe('shown');
  });

  it('needs script.scriptapp for triggers', async () => {
    const emu = await fixture({ code: CODE, htmlDir: withScopes([]) });
    expect(thrown(() => emu.run('triggers'))).toBe(
      `You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: ${S}script.scriptapp`,
    );
  });

  it('needs no scope for properties, locks, caches and HTML', async () => {
    const emu = await fixture({ code: CODE, htmlDir: withScopes([]) });
    expect(emu.run('free')).toBe('<b>ok</b>');
  });
});
