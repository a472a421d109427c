/**
 * Developer metadata as Google keeps it:
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata,
 * https://developers.google.com/sheets/api/guides/metadata (locations, moves with
 * rows, deleted with what it is attached to, 30,000 characters per location), and
 * the behaviour recorded against Apps Script in
 * https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetsdeveloper.js
 * (arbitrary ranges refused, default visibility DOCUMENT, exact-location reads).
 */
import { describe, expect, it } from 'vitest';
import { METADATA_MESSAGES } from '../../dev/emulator/gas/developer-metadata';
import { fixture, thrown } from './helpers';

describe('developer metadata', () => {
  it('stores key, value and visibility on the spreadsheet and on a tab, each read at its own location', async () => {
    const emu = await fixture();
    const app = emu.spreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    const sheet = ss.getActiveSheet();
    ss.addDeveloperMetadata('funnel-sla.settings', '{"v":1}');
    sheet.addDeveloperMetadata('funnel-sla.tab', app.DeveloperMetadataVisibility.PROJECT);

    const [top] = ss.getDeveloperMetadata();
    expect(ss.getDeveloperMetadata()).toHaveLength(1);
    expect([top.getKey(), top.getValue(), String(top.getVisibility())]).toEqual([
      'funnel-sla.settings',
      '{"v":1}',
      'DOCUMENT',
    ]);
    expect(String(top.getLocation().getLocationType())).toBe('SPREADSHEET');
    expect(top.getLocation().getSheet()).toBeNull();

    const [tab] = sheet.getDeveloperMetadata();
    expect(sheet.getDeveloperMetadata()).toHaveLength(1);
    expect([tab.getKey(), tab.getValue(), String(tab.getVisibility())]).toEqual([
      'funnel-sla.tab',
      null,
      'PROJECT',
    ]);
    expect(tab.getLocation().getSheet()?.getName()).toBe('Sheet1');
    expect(tab.getId()).not.toBe(top.getId());
  });

  it('finds by key, value, location type, visibility and id across the spreadsheet or one tab', async () => {
    const emu = await fixture();
    const app = emu.spreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    const a = ss.getActiveSheet();
    const b = ss.insertSheet('Other');
    a.addDeveloperMetadata('owner', 'funnel-sla');
    b.addDeveloperMetadata('owner', 'someone-else');
    ss.addDeveloperMetadata('owner', 'funnel-sla');
    a.getRange('3:3').addDeveloperMetadata('row', 'header');

    const keys = (found: { getKey(): string }[]) => found.map((m) => m.getKey());
    expect(keys(ss.createDeveloperMetadataFinder().withKey('owner').find())).toHaveLength(3);
    const mine = ss
      .createDeveloperMetadataFinder()
      .withKey('owner')
      .withValue('funnel-sla')
      .withLocationType(app.DeveloperMetadataLocationType.SHEET)
      .find();
    expect(mine.map((m) => m.getLocation().getSheet()?.getName())).toEqual(['Sheet1']);
    expect(keys(a.createDeveloperMetadataFinder().find()).sort()).toEqual(['owner', 'row']);
    expect(keys(b.createDeveloperMetadataFinder().find())).toEqual(['owner']);
    const id = mine[0].getId();
    expect(ss.createDeveloperMetadataFinder().withId(id).find()[0].getValue()).toBe('funnel-sla');
    expect(
      ss
        .createDeveloperMetadataFinder()
        .withVisibility(app.DeveloperMetadataVisibility.PROJECT)
        .find(),
    ).toEqual([]);
  });

  it('puts metadata on one entire row or column only, with Google\'s "arbitrary ranges" error otherwise', async () => {
    const sheet = (await fixture()).spreadsheetApp.getActiveSheet();
    for (const a1 of ['B2:D4', 'B6:D6', 'F2:F5', 'A1']) {
      expect(thrown(() => sheet.getRange(a1).addDeveloperMetadata('k', 'v'))).toBe(
        METADATA_MESSAGES.arbitraryRange,
      );
    }
    sheet.getRange('G:G').addDeveloperMetadata('col', 'x');
    sheet.getRange('8:8').addDeveloperMetadata('row', 'y');
    expect(sheet.getRange('G:G').getDeveloperMetadata()[0].getKey()).toBe('col');
    expect(
      String(sheet.getRange('8:8').getDeveloperMetadata()[0].getLocation().getLocationType()),
    ).toBe('ROW');
    // A cell inside the row or column holds none of it; an intersecting finder sees it.
    expect(sheet.getRange('G3').getDeveloperMetadata()).toEqual([]);
    expect(sheet.getRange('C8').getDeveloperMetadata()).toEqual([]);
    const hits = sheet
      .getRange('C8')
      .createDeveloperMetadataFinder()
      .onIntersectingLocations()
      .find();
    expect(hits.map((m) => m.getKey())).toEqual(['row']);
  });

  it('moves row metadata with inserted rows and deletes it with its row or its tab', async () => {
    const emu = await fixture();
    const ss = emu.spreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getActiveSheet();
    sheet.getRange('5:5').addDeveloperMetadata('r5');
    sheet.getRange('9:9').addDeveloperMetadata('r9');
    sheet.insertRowsBefore(2, 3);
    const rows = ss
      .createDeveloperMetadataFinder()
      .find()
      .map((m) => [m.getKey(), m.getLocation().getRow()?.getRow()]);
    expect(rows).toEqual([
      ['r5', 8],
      ['r9', 12],
    ]);
    const r9 = ss.createDeveloperMetadataFinder().withKey('r9').find()[0];
    sheet.deleteRow(12);
    expect(thrown(() => r9.getKey())).toBe(METADATA_MESSAGES.removed);
    const other = ss.insertSheet('Temp');
    other.addDeveloperMetadata('temp');
    ss.deleteSheet(other);
    expect(
      ss
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['r5']);
  });

  it('updates, moves and removes', async () => {
    const ss = (await fixture()).spreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getActiveSheet();
    ss.addDeveloperMetadata('k', 'v1');
    const m = ss.getDeveloperMetadata()[0];
    m.setValue('v2').setKey('k2');
    expect([
      ss.getDeveloperMetadata()[0].getKey(),
      ss.getDeveloperMetadata()[0].getValue(),
    ]).toEqual(['k2', 'v2']);
    m.moveToSheet(sheet);
    expect(ss.getDeveloperMetadata()).toEqual([]);
    expect(sheet.getDeveloperMetadata()[0].getValue()).toBe('v2');
    m.remove();
    expect(sheet.getDeveloperMetadata()).toEqual([]);
    expect(thrown(() => m.remove())).toBe(METADATA_MESSAGES.removed);
  });

  it('refuses more than 30,000 characters of keys and values per location, and empty keys', async () => {
    const ss = (await fixture()).spreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getActiveSheet();
    ss.addDeveloperMetadata('a', 'x'.repeat(29_998));
    expect(thrown(() => ss.addDeveloperMetadata('b', 'x'))).toBe(
      METADATA_MESSAGES.tooBig('the spreadsheet'),
    );
    // A tab has its own 30,000 (with its rows and columns).
    sheet.addDeveloperMetadata('t', 'y'.repeat(29_000));
    expect(thrown(() => sheet.getRange('2:2').addDeveloperMetadata('r', 'z'.repeat(1000)))).toBe(
      METADATA_MESSAGES.tooBig('sheet "Sheet1"'),
    );
    expect(thrown(() => ss.addDeveloperMetadata(''))).toBe(METADATA_MESSAGES.key);
  });

  it('counts calls (finder configuration is local) and refuses writes from custom functions', async () => {
    const emu = await fixture({
      code: `
function tag() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();                 // 1
  ss.addDeveloperMetadata('k', 'v');                              // 2
  return ss.createDeveloperMetadataFinder().withKey('k').find().length; // 3 (create), 4 (find)
}
/**
 * Tries to tag the document.
 * @return 1.
 * @customfunction
 */
function TAGME() {
  SpreadsheetApp.getActiveSpreadsheet().addDeveloperMetadata('x');
  return 1;
}`,
    });
    emu.stats();
    expect(emu.run('tag')).toBe(1);
    const s = emu.stats();
    expect(s.calls).toBe(4);
    expect(s.byMethod['DeveloperMetadataFinder.find']).toBe(1);
    expect(s.byMethod['DeveloperMetadataFinder.withKey']).toBeUndefined();
    emu.set("'Sheet1'!A1", '=TAGME()');
    expect(emu.get("'Sheet1'!A1").values[0][0]).toBe('#ERROR!');
    expect(emu.view().sheets[0].cells[0].error).toMatch(
      /You do not have permission to call addDeveloperMetadata/,
    );
  });
});
