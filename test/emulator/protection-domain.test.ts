/**
 * Protections with several users, per
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 * (the owner can always edit; in a Google Workspace domain a new protection
 * stays editable by the domain until setDomainEdit(false); Google's example
 * adds the current user before removing the other editors) and Sheets' message
 * for a refused write ("You are trying to edit a protected cell or object. …",
 * the text Sheets and the Sheets API give; its Apps Script wording is not recorded).
 */
import { describe, expect, it } from 'vitest';
import { PROTECTED_MESSAGE } from '../../dev/emulator/gas/context';
import { NO_DOMAIN_MESSAGE } from '../../dev/emulator/gas/protection';
import { EMPTY_RANGE_LIST } from '../../dev/emulator/gas/sheet';
import { missingNamedRange } from '../../dev/emulator/gas/spreadsheet';
import { fixture, thrown } from './helpers';

const CODE = `
function protectTab(lockDomain) {
  var sheet = SpreadsheetApp.getActiveSheet();
  var p = sheet.protect().setDescription('SLA');
  p.addEditor(Session.getEffectiveUser().getEmail());
  p.removeEditors(p.getEditors().map(function (u) { return u.getEmail(); }));
  if (lockDomain && p.canDomainEdit()) p.setDomainEdit(false);
  return { domain: p.canDomainEdit(), editors: p.getEditors().map(function (u) { return u.getEmail(); }) };
}
function write() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x'); return 'written'; }
function canEdit() { return SpreadsheetApp.getActiveSheet().getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].canEdit(); }
function warningOnly() {
  SpreadsheetApp.getActiveSheet().getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setWarningOnly(true);
}
`;

describe('protections, users and the Workspace domain', () => {
  it('in a domain: a new protection stays editable by the domain until setDomainEdit(false)', async () => {
    const emu = await fixture({ code: CODE, userEmail: 'owner@x.com', domain: 'x.com' });
    expect(emu.run('protectTab', [false])).toEqual({ domain: true, editors: ['owner@x.com'] });
    emu.setUser('ana@x.com');
    expect(emu.run('canEdit')).toBe(true);
    expect(emu.run('write')).toBe('written');
    emu.setUser('owner@x.com');
    expect(emu.run('protectTab', [true])).toEqual({ domain: false, editors: ['owner@x.com'] });
    emu.setUser('ana@x.com');
    expect(emu.run('canEdit')).toBe(false);
    expect(thrown(() => emu.run('write'))).toBe(PROTECTED_MESSAGE);
    // Managing the protection needs edit rights too.
    expect(thrown(() => emu.run('warningOnly'))).toBe(PROTECTED_MESSAGE);
  });

  it('a second editor who protects keeps their own access; others outside the list are refused', async () => {
    const emu = await fixture({ code: CODE, userEmail: 'owner@gmail.com' });
    emu.setUser('ana@gmail.com');
    expect(emu.run('protectTab', [true])).toEqual({
      domain: false,
      editors: ['owner@gmail.com', 'ana@gmail.com'],
    });
    emu.setUser('bob@gmail.com');
    expect(thrown(() => emu.run('write'))).toBe(PROTECTED_MESSAGE);
    emu.setUser('owner@gmail.com');
    emu.run('warningOnly');
    emu.setUser('bob@gmail.com');
    expect(emu.run('write')).toBe('written');
  });

  it('a consumer document has no domain: canDomainEdit() is false and setDomainEdit throws', async () => {
    const emu = await fixture({
      code: `${CODE}\nfunction forceDomain() { SpreadsheetApp.getActiveSheet().protect().setDomainEdit(false); }`,
      userEmail: 'owner@gmail.com',
    });
    expect(emu.run('protectTab', [true])).toMatchObject({ domain: false });
    expect(thrown(() => emu.run('forceDomain'))).toBe(NO_DOMAIN_MESSAGE);
  });
});

describe('structural changes through protections', () => {
  it('refuses deleting protected rows or columns, or a tab with protections, to a user who may not edit', async () => {
    const emu = await fixture({
      code: `
function guard() {
  var sheet = SpreadsheetApp.getActiveSheet();
  var p = sheet.getRange('A5:C6').protect();
  p.removeEditors(p.getEditors().map(function (u) { return u.getEmail(); }));
  SpreadsheetApp.getActiveSpreadsheet().insertSheet('Other');
}
function delRow(n) { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].deleteRow(n); return 'deleted'; }
function delCol(n) { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].deleteColumn(n); return 'deleted'; }
function delTab() { var ss = SpreadsheetApp.getActiveSpreadsheet(); ss.deleteSheet(ss.getSheets()[0]); return 'deleted'; }`,
      userEmail: 'owner@gmail.com',
    });
    emu.run('guard');
    emu.setUser('bob@gmail.com');
    expect(thrown(() => emu.run('delRow', [5]))).toBe(PROTECTED_MESSAGE);
    expect(thrown(() => emu.run('delCol', [2]))).toBe(PROTECTED_MESSAGE);
    expect(thrown(() => emu.run('delTab'))).toBe(PROTECTED_MESSAGE);
    expect(emu.run('delRow', [9])).toBe('deleted');
    expect(emu.run('delCol', [5])).toBe('deleted');
    emu.setUser('owner@gmail.com');
    expect(emu.run('delTab')).toBe('deleted');
  });
});

describe('other strict rules', () => {
  it('removeNamedRange of a missing name throws; getRangeList([]) throws', async () => {
    const emu = await fixture();
    const ss = emu.spreadsheetApp.getActiveSpreadsheet();
    ss.setNamedRange('Plan', ss.getRange('A1:B2'));
    ss.removeNamedRange('plan');
    expect(thrown(() => ss.removeNamedRange('Plan'))).toBe(missingNamedRange('Plan'));
    expect(thrown(() => ss.getRangeList([]))).toBe(EMPTY_RANGE_LIST);
    expect(thrown(() => ss.getActiveSheet().getRangeList([]))).toBe(EMPTY_RANGE_LIST);
  });
});
