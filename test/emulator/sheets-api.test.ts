/**
 * The advanced Sheets service as the add-on sees it: enabled by the manifest,
 * refused without the spreadsheets scope, one counted call per get/batchUpdate,
 * atomic batches (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate),
 * Google's JSON with defaults omitted.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, thrown } from './helpers';

const S = 'https://www.googleapis.com/auth/';
const SHEETS = { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' };

function manifest(scopes: string[], services = [SHEETS]): string {
  const dir = mkdtempSync(join(tmpdir(), 'sheets-api-'));
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({ oauthScopes: scopes, dependencies: { enabledAdvancedServices: services } }),
  );
  return dir;
}

const CODE = `
function id() { return SpreadsheetApp.getActiveSpreadsheet().getId(); }
function kind() { return typeof Sheets; }
function get(fields) { return Sheets.Spreadsheets.get(id(), { fields: fields }); }
function getOther() { return Sheets.Spreadsheets.get('someone-elses', { fields: 'sheets' }); }
function batch(requests) { return Sheets.Spreadsheets.batchUpdate({ requests: requests }, id()); }
function isRealmArray() { return get('sheets').sheets instanceof Array; }
function writeThenBatch() {
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue(1);
  return batch([{ appendDimension: { sheetId: 0, dimension: 'ROWS', length: 1 } }]);
}
function writeFlushBatch() {
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue(1);
  SpreadsheetApp.flush();
  batch([{ appendDimension: { sheetId: 0, dimension: 'ROWS', length: 1 } }]);
  return SpreadsheetApp.getActiveSheet().getMaxRows();
}
function cell(a1) {
  var r = SpreadsheetApp.getActiveSheet().getRange(a1);
  return { value: r.getValue(), formula: r.getFormula(), bold: r.getFontWeight() };
}
function look(a1) {
  var r = SpreadsheetApp.getActiveSheet().getRange(a1);
  return { format: r.getNumberFormat(), bg: r.getBackground(), wrap: r.getWrap(), isDate: r.getValue() instanceof Date };
}
function protections() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Locked');
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).map(function (p) {
    return { description: p.getDescription(), editors: p.getEditors().map(function (u) { return u.getEmail(); }),
             domain: p.canDomainEdit(), warning: p.isWarningOnly() };
  });
}
function meta() {
  return SpreadsheetApp.getActiveSpreadsheet().getDeveloperMetadata().map(function (m) { return m.getKey() + '=' + m.getValue(); });
}
function addMeta(k, v) { SpreadsheetApp.getActiveSpreadsheet().addDeveloperMetadata(k, v); }
function tabs() {
  return SpreadsheetApp.getActiveSpreadsheet().getSheets().map(function (s) {
    return [s.getName(), s.getSheetId(), s.getMaxRows(), s.getMaxColumns(), s.getFrozenRows()];
  });
}
function sizes(name) {
  var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  return [s.getColumnWidth(1), s.getColumnWidth(2), s.getColumnWidth(3), s.getRowHeight(2)];
}
function named(name) {
  var r = SpreadsheetApp.getActiveSpreadsheet().getRangeByName(name);
  return r ? r.getSheet().getName() + '!' + r.getA1Notation() : null;
}
function onOpen() { Sheets.Spreadsheets.get(id(), { fields: 'sheets' }); }
function scheduleNightly() {
  PropertiesService.getUserProperties().setProperty('doc', id());
  ScriptApp.newTrigger('nightly').timeBased().everyDays(1).atHour(6).create();
}
function nightly() {
  var doc = PropertiesService.getUserProperties().getProperty('doc');
  Sheets.Spreadsheets.batchUpdate({ requests: [{ appendDimension: { sheetId: 0, dimension: 'ROWS', length: 2 } }] }, doc);
}
/** @customfunction */
function API_GET() { return JSON.stringify(Sheets.Spreadsheets.get(id(), { fields: 'sheets' })); }
`;

/** What get / batchUpdate answer, as far as the tests read it. */
interface Answer {
  properties?: unknown;
  sheets: { properties: Record<string, unknown> }[];
  namedRanges: { namedRangeId: string; name: string; range: unknown }[];
  replies: Record<
    string,
    { properties?: Record<string, unknown>; namedRange?: { namedRangeId: string } }
  >[];
}

const FULL = [`${S}spreadsheets`];

async function api(scopes = FULL) {
  return fixture({ code: CODE, htmlDir: manifest(scopes) });
}

describe('the Sheets global', () => {
  it('exists only where the manifest enables the advanced service', async () => {
    expect((await api()).run('kind')).toBe('object');
    const off = await fixture({ code: CODE, htmlDir: manifest(FULL, []) });
    expect(off.run('kind')).toBe('undefined');
    expect(thrown(() => off.run('get', ['sheets']))).toBe('Sheets is not defined');
  });

  it('answers with realm objects', async () => {
    expect((await api()).run('isRealmArray')).toBe(true);
  });
});

describe('Spreadsheets.get', () => {
  it('omits fields holding defaults, as Google JSON does', async () => {
    const emu = await api();
    emu.addTab('Plan', [['x']]);
    emu.doc.sheets[1].frozenRows = 1;
    emu.doc.setNamed('Start', emu.doc.sheets[0], { row: 1, col: 1, rows: 2, cols: 1 });
    emu.doc.setNamed('Far', emu.doc.sheets[1], { row: 3, col: 2, rows: 1, cols: 1 });
    const got = emu.run('get', ['properties,sheets.properties,namedRanges']) as Answer;
    expect(got.properties).toEqual({
      title: 'Untitled spreadsheet',
      locale: 'en_US',
      timeZone: 'Etc/UTC',
    });
    expect(got.sheets[0].properties).toEqual({
      title: 'Sheet1',
      sheetType: 'GRID',
      gridProperties: { rowCount: 1000, columnCount: 26 },
    });
    const plan = got.sheets[1].properties;
    expect(plan.sheetId).toBe(emu.doc.sheets[1].id);
    expect(plan.index).toBe(1);
    expect(plan.gridProperties).toEqual({ rowCount: 1, columnCount: 1, frozenRowCount: 1 });
    const [start, far] = got.namedRanges;
    expect(start.range).toEqual({ endRowIndex: 2, endColumnIndex: 1 });
    expect(far.range).toEqual({
      sheetId: emu.doc.sheets[1].id,
      startRowIndex: 2,
      endRowIndex: 3,
      startColumnIndex: 1,
      endColumnIndex: 2,
    });
    expect(typeof start.namedRangeId).toBe('string');
    // Stable across calls.
    const again = emu.run('get', ['namedRanges']) as Answer;
    expect(again.namedRanges.map((n) => n.namedRangeId)).toEqual([
      start.namedRangeId,
      far.namedRangeId,
    ]);
    expect(Object.keys(again)).toEqual(['namedRanges']);
  });

  it('honours nested masks and leaves out an empty namedRanges', async () => {
    const emu = await api();
    const got = emu.run('get', ['sheets(properties(title,gridProperties.rowCount)),namedRanges']);
    expect(got).toEqual({
      sheets: [{ properties: { title: 'Sheet1', gridProperties: { rowCount: 1000 } } }],
    });
  });

  it("refuses another spreadsheet's id like a 404", async () => {
    const emu = await api();
    expect(thrown(() => emu.run('getOther'))).toBe(
      'API call to sheets.spreadsheets.get failed with error: Requested entity was not found.',
    );
  });
});

describe('batchUpdate requests', () => {
  it('addSheet and updateSheetProperties', async () => {
    const emu = await api();
    const out = emu.run('batch', [
      [
        {
          addSheet: {
            properties: {
              sheetId: 77,
              title: 'Data',
              gridProperties: { rowCount: 10, columnCount: 3, frozenRowCount: 1 },
            },
          },
        },
        { addSheet: { properties: { title: 'Other' } } },
        {
          updateSheetProperties: { properties: { sheetId: 77, title: 'Renamed' }, fields: 'title' },
        },
      ],
    ]) as Answer;
    expect(out.replies[0].addSheet.properties).toEqual({
      sheetId: 77,
      title: 'Data',
      index: 1,
      sheetType: 'GRID',
      gridProperties: { rowCount: 10, columnCount: 3, frozenRowCount: 1 },
    });
    expect(out.replies[1].addSheet.properties?.gridProperties).toEqual({
      rowCount: 1000,
      columnCount: 26,
    });
    expect(out.replies[2]).toEqual({});
    const other = emu.doc.sheetByName('Other')?.id;
    expect(emu.run('tabs')).toEqual([
      ['Sheet1', 0, 1000, 26, 0],
      ['Renamed', 77, 10, 3, 1],
      ['Other', other, 1000, 26, 0],
    ]);
    emu.run('batch', [
      [
        {
          updateSheetProperties: {
            properties: {
              sheetId: 77,
              index: 2,
              gridProperties: { frozenRowCount: 2, rowCount: 5 },
            },
            fields: 'index,gridProperties.frozenRowCount',
          },
        },
      ],
    ]);
    expect(emu.run('tabs')).toEqual([
      ['Sheet1', 0, 1000, 26, 0],
      ['Other', other, 1000, 26, 0],
      ['Renamed', 77, 10, 3, 2],
    ]);
    expect(
      thrown(() => emu.run('batch', [[{ addSheet: { properties: { title: 'other' } } }]])),
    ).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].addSheet: A sheet with the name "other" already exists. Please enter another name.',
    );
    expect(
      thrown(() =>
        emu.run('batch', [[{ addSheet: { properties: { sheetId: 77, title: 'New' } } }]]),
      ),
    ).toContain('Invalid requests[0].addSheet: A sheet with the id 77 already exists.');
  });

  it('updateCells: stringValue stays text, formulas recalculate, formats apply, missing values clear', async () => {
    const emu = await api();
    emu.set('C1', 'old');
    emu.run('batch', [
      [
        {
          updateCells: {
            start: { sheetId: 0, rowIndex: 0, columnIndex: 0 },
            fields:
              'userEnteredValue,userEnteredFormat(numberFormat,backgroundColor,textFormat.bold,wrapStrategy)',
            rows: [
              {
                values: [
                  { userEnteredValue: { stringValue: '=1+1' } },
                  {
                    userEnteredValue: { formulaValue: '=1+1' },
                    userEnteredFormat: { textFormat: { bold: true } },
                  },
                  {},
                  {
                    userEnteredValue: { numberValue: 46000 },
                    userEnteredFormat: {
                      numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' },
                      backgroundColor: { red: 1, green: 0.5 },
                      wrapStrategy: 'WRAP',
                    },
                  },
                  { userEnteredValue: { boolValue: true } },
                ],
              },
            ],
          },
        },
      ],
    ]);
    const a = emu.run('cell', ['A1']) as Record<string, unknown>;
    expect(a.value).toBe('=1+1');
    expect(a.formula).toBe('');
    const b = emu.run('cell', ['B1']) as Record<string, unknown>;
    expect([b.value, b.formula, b.bold]).toEqual([2, '=1+1', 'bold']);
    expect((emu.run('cell', ['C1']) as Record<string, unknown>).value).toBe('');
    expect(emu.run('look', ['D1'])).toEqual({
      format: 'yyyy-mm-dd',
      bg: '#ff8000',
      wrap: true,
      isDate: true,
    });
    expect(emu.get('E1').values[0][0]).toBe(true);
  });

  it('updateCells with a range clears the part rows leave out, and refuses writes beyond the grid', async () => {
    const emu = await api();
    emu.set('A2', 'keep?');
    emu.run('batch', [
      [
        {
          updateCells: {
            range: {
              sheetId: 0,
              startRowIndex: 0,
              endRowIndex: 2,
              startColumnIndex: 0,
              endColumnIndex: 1,
            },
            fields: 'userEnteredValue',
            rows: [{ values: [{ userEnteredValue: { numberValue: 5 } }] }],
          },
        },
      ],
    ]);
    expect(emu.get('A1:A2').values).toEqual([[5], ['']]);
    expect(
      thrown(() =>
        emu.run('batch', [
          [
            {
              updateCells: {
                start: { sheetId: 0, rowIndex: 1000, columnIndex: 0 },
                fields: 'userEnteredValue',
                rows: [{ values: [{ userEnteredValue: { numberValue: 1 } }] }],
              },
            },
          ],
        ]),
      ),
    ).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].updateCells: Range (Sheet1!A1001) exceeds grid limits. Max rows: 1000, max columns: 26',
    );
    expect(
      thrown(() =>
        emu.run('batch', [[{ repeatCell: { range: { sheetId: 9 }, cell: {}, fields: '*' } }]]),
      ),
    ).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].repeatCell: No grid with id: 9',
    );
  });

  it('appendCells grows the grid after the last row with data; appendDimension; repeatCell; pixel sizes', async () => {
    const emu = await api();
    emu.addTab('Log', [['h'], ['r1']]);
    const log = emu.doc.sheetByName('Log');
    const sheetId = log?.id;
    emu.run('batch', [
      [
        {
          appendCells: {
            sheetId,
            fields: 'userEnteredValue',
            rows: [
              { values: [{ userEnteredValue: { stringValue: 'r2' } }] },
              { values: [{ userEnteredValue: { numberValue: 3 } }] },
            ],
          },
        },
        { appendDimension: { sheetId, dimension: 'COLUMNS', length: 2 } },
        {
          repeatCell: {
            range: { sheetId, startRowIndex: 0, endRowIndex: 1 },
            cell: { userEnteredFormat: { textFormat: { bold: true } } },
            fields: 'userEnteredFormat.textFormat.bold',
          },
        },
        {
          updateDimensionProperties: {
            range: { sheetId, dimension: 'COLUMNS', startIndex: 0, endIndex: 2 },
            properties: { pixelSize: 250 },
            fields: 'pixelSize',
          },
        },
        {
          updateDimensionProperties: {
            range: { sheetId, dimension: 'ROWS', startIndex: 1, endIndex: 2 },
            properties: { pixelSize: 40 },
            fields: 'pixelSize',
          },
        },
      ],
    ]);
    expect(emu.get('Log!A1:A4').values).toEqual([['h'], ['r1'], ['r2'], [3]]);
    expect((emu.run('tabs') as unknown[][])[1]).toEqual(['Log', sheetId, 4, 3, 0]);
    expect(emu.run('sizes', ['Log'])).toEqual([250, 250, 100, 40]);
    expect(log?.metaAt(1, 3)?.bold).toBe(true);
    expect(log?.metaAt(2, 1)?.bold).toBeUndefined();
    expect([log?.colWidths.get(1), log?.colWidths.get(2), log?.colWidths.get(3)]).toEqual([
      250,
      250,
      undefined,
    ]);
    expect(log?.rowHeights.get(2)).toBe(40);
  });

  it('named ranges: add, rename (formulas follow, as with NamedRange.setName), move, delete', async () => {
    const emu = await api();
    emu.set('A1', 7);
    const out = emu.run('batch', [
      [
        {
          addNamedRange: {
            namedRange: {
              name: 'Rate',
              range: {
                sheetId: 0,
                startRowIndex: 0,
                endRowIndex: 1,
                startColumnIndex: 0,
                endColumnIndex: 1,
              },
            },
          },
        },
      ],
    ]) as Answer;
    const id = out.replies[0].addNamedRange.namedRange?.namedRangeId;
    expect(emu.run('named', ['Rate'])).toBe('Sheet1!A1');
    emu.set('B1', '=Rate*2');
    expect(emu.get('B1').values[0][0]).toBe(14);
    emu.run('batch', [
      [{ updateNamedRange: { namedRange: { namedRangeId: id, name: 'Rate2' }, fields: 'name' } }],
    ]);
    expect(emu.get('B1').formulas[0][0]).toBe('=Rate2*2');
    expect(emu.doc.namedRange('Rate2')?.apiId).toBe(id);
    emu.set('A2', 9);
    emu.run('batch', [
      [
        {
          updateNamedRange: {
            namedRange: {
              namedRangeId: id,
              range: { startRowIndex: 1, endRowIndex: 2, endColumnIndex: 1 },
            },
            fields: 'range',
          },
        },
      ],
    ]);
    expect(emu.get('B1').values[0][0]).toBe(18);
    expect(emu.run('named', ['Rate2'])).toBe('Sheet1!A2');
    expect(
      thrown(() =>
        emu.run('batch', [
          [{ addNamedRange: { namedRange: { name: 'rate2', range: { sheetId: 0 } } } }],
        ]),
      ),
    ).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].addNamedRange: A named range with the name "rate2" already exists.',
    );
    expect(
      thrown(() =>
        emu.run('batch', [
          [{ addNamedRange: { namedRange: { name: 'A1', range: { sheetId: 0 } } } }],
        ]),
      ),
    ).toContain('Invalid requests[0].addNamedRange: Invalid name.');
    emu.run('batch', [[{ deleteNamedRange: { namedRangeId: id } }]]);
    expect(emu.run('named', ['Rate2'])).toBeNull();
  });

  it('a named range made through SpreadsheetApp gets an id the API can rename it by', async () => {
    const emu = await api();
    emu.doc.setNamed('Old', emu.doc.sheets[0], { row: 1, col: 1, rows: 1, cols: 1 });
    const got = emu.run('get', ['namedRanges']) as Answer;
    const id = got.namedRanges[0].namedRangeId;
    emu.run('batch', [
      [{ updateNamedRange: { namedRange: { namedRangeId: id, name: 'New' }, fields: 'name' } }],
    ]);
    expect(emu.doc.namedRange('New')).toBeDefined();
    expect(emu.doc.namedRange('Old')).toBeUndefined();
  });

  it('addProtectedRange is the protection SpreadsheetApp sees', async () => {
    const emu = await api();
    emu.addTab('Locked', [['x']]);
    const sheetId = emu.doc.sheetByName('Locked')?.id;
    emu.run('batch', [
      [
        {
          addProtectedRange: {
            protectedRange: {
              range: { sheetId },
              description: 'engine',
              editors: { users: ['ann@example.com'], domainUsersCanEdit: false },
            },
          },
        },
      ],
    ]);
    expect(emu.run('protections')).toEqual([
      {
        description: 'engine',
        editors: ['user@example.com', 'ann@example.com'],
        domain: false,
        warning: false,
      },
    ]);
    emu.setUser('bob@example.com');
    expect(() =>
      emu.spreadsheetApp
        .getActiveSpreadsheet()
        .getSheetByName('Locked')
        ?.getRange('A1')
        .setValue(1),
    ).toThrow(/protected cell/);
    // The API refuses the same edit, and the batch around it is not applied.
    const message = thrown(() =>
      emu.run('batch', [
        [
          { appendDimension: { sheetId: 0, dimension: 'ROWS', length: 1 } },
          {
            updateCells: {
              start: { sheetId, rowIndex: 0, columnIndex: 0 },
              fields: 'userEnteredValue',
              rows: [{ values: [{ userEnteredValue: { numberValue: 1 } }] }],
            },
          },
        ],
      ]),
    );
    expect(message).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[1].updateCells: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(emu.doc.sheets[0].maxRows).toBe(1000);
  });

  it('updateDeveloperMetadata updates the spreadsheet entries SpreadsheetApp reads, within 30,000 characters', async () => {
    const emu = await api();
    emu.run('addMeta', ['state', 'v1']);
    const lookup = {
      developerMetadataLookup: { metadataKey: 'state', locationType: 'SPREADSHEET' },
    };
    emu.run('batch', [
      [
        {
          updateDeveloperMetadata: {
            dataFilters: [lookup],
            developerMetadata: { metadataValue: 'v2' },
            fields: 'metadataValue',
          },
        },
      ],
    ]);
    expect(emu.run('meta')).toEqual(['state=v2']);
    expect(
      thrown(() =>
        emu.run('batch', [
          [
            {
              updateDeveloperMetadata: {
                dataFilters: [lookup],
                developerMetadata: { metadataValue: 'x'.repeat(30_000) },
                fields: 'metadataValue',
              },
            },
          ],
        ]),
      ),
    ).toContain(
      'Invalid requests[0].updateDeveloperMetadata: Developer metadata for the spreadsheet would exceed the limit of 30000 characters.',
    );
    const none = { developerMetadataLookup: { metadataKey: 'nope', locationType: 'SPREADSHEET' } };
    expect(
      thrown(() =>
        emu.run('batch', [
          [
            {
              updateDeveloperMetadata: {
                dataFilters: [none],
                developerMetadata: { metadataValue: 'v' },
                fields: 'metadataValue',
              },
            },
          ],
        ]),
      ),
    ).toContain('No developer metadata matches the data filters.');
    expect(emu.run('meta')).toEqual(['state=v2']);
  });
});

describe('atomicity', () => {
  it('a batch whose 3rd request is invalid changes nothing', async () => {
    const emu = await api();
    emu.doc.setNamed('Taken', emu.doc.sheets[0], { row: 1, col: 1, rows: 1, cols: 1 });
    const message = thrown(() =>
      emu.run('batch', [
        [
          { addSheet: { properties: { sheetId: 5, title: 'New' } } },
          {
            updateCells: {
              start: { sheetId: 5, rowIndex: 0, columnIndex: 0 },
              fields: 'userEnteredValue',
              rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }],
            },
          },
          { addNamedRange: { namedRange: { name: 'TAKEN', range: { sheetId: 5 } } } },
          { appendDimension: { sheetId: 0, dimension: 'ROWS', length: 5 } },
        ],
      ]),
    );
    expect(message).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[2].addNamedRange: A named range with the name "TAKEN" already exists.',
    );
    expect(emu.doc.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(emu.doc.sheets[0].maxRows).toBe(1000);
    expect([...emu.doc.named.keys()]).toEqual(['taken']);
  });

  it('later requests see earlier ones (a tab added in the batch can be written)', async () => {
    const emu = await api();
    emu.run('batch', [
      [
        {
          addSheet: {
            properties: {
              sheetId: 5,
              title: 'New',
              gridProperties: { rowCount: 2, columnCount: 2 },
            },
          },
        },
        {
          updateCells: {
            start: { sheetId: 5, rowIndex: 1, columnIndex: 1 },
            fields: 'userEnteredValue',
            rows: [{ values: [{ userEnteredValue: { numberValue: 4 } }] }],
          },
        },
      ],
    ]);
    expect(emu.get('New!B2').values).toEqual([[4]]);
  });
});

describe('counting, faults, scopes, flush discipline', () => {
  it('counts one spreadsheet call and one service call per get and batchUpdate', async () => {
    const emu = await api();
    const sheetsId = emu.doc.id;
    emu.stats();
    emu.run('get', ['sheets']);
    const s = emu.stats();
    expect(s.byMethod['Sheets.Spreadsheets.get']).toBe(1);
    expect(s.calls).toBe(3); // getActiveSpreadsheet, getId, get
    expect(emu.lastOperationCalls()).toBe(3);
    emu.run('batch', [[{ appendDimension: { sheetId: 0, dimension: 'ROWS', length: 1 } }]]);
    expect(emu.stats().byMethod['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(sheetsId).toBe('emulated-spreadsheet');
  });

  it('failAt on batchUpdate throws before anything is applied; failNext works by method name', async () => {
    const emu = await api();
    emu.failAt(3);
    expect(
      thrown(() =>
        emu.run('batch', [[{ appendDimension: { sheetId: 0, dimension: 'ROWS', length: 1 } }]]),
      ),
    ).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Internal error encountered.',
    );
    expect(emu.doc.sheets[0].maxRows).toBe(1000);
    emu.failNext('batchUpdate');
    expect(
      thrown(() =>
        emu.run('batch', [[{ appendDimension: { sheetId: 0, dimension: 'ROWS', length: 1 } }]]),
      ),
    ).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Internal error encountered.',
    );
    emu.failNext('batchUpdate', 'Boom');
    expect(
      thrown(() =>
        emu.run('batch', [[{ appendDimension: { sheetId: 0, dimension: 'ROWS', length: 1 } }]]),
      ),
    ).toBe('API call to sheets.spreadsheets.batchUpdate failed with error: Boom');
    expect(emu.doc.sheets[0].maxRows).toBe(1000);
  });

  it('refuses a manifest with only spreadsheets.currentonly', async () => {
    const emu = await api([`${S}spreadsheets.currentonly`]);
    expect(thrown(() => emu.run('get', ['sheets']))).toBe(
      'API call to sheets.spreadsheets.get failed with error: Request had insufficient authentication scopes.',
    );
    expect(
      thrown(() =>
        emu.run('batch', [[{ appendDimension: { sheetId: 0, dimension: 'ROWS', length: 1 } }]]),
      ),
    ).toBe(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Request had insufficient authentication scopes.',
    );
  });

  it("works in an add-on's time-driven trigger (no active spreadsheet, explicit id)", async () => {
    const emu = await api([`${S}spreadsheets`, `${S}script.scriptapp`]);
    emu.run('scheduleNightly');
    emu.setNow('2026-07-16T07:00:00Z');
    expect(emu.fireDueTriggers().map((r) => r.ok)).toEqual([true]);
    expect(emu.doc.sheets[0].maxRows).toBe(1002);
  });

  it('refuses simple triggers (LIMITED), which cannot use services needing authorization', async () => {
    const emu = await api();
    expect(thrown(() => emu.trigger('onOpen', 'LIMITED'))).toBe(
      'You do not have permission to call Sheets.Spreadsheets.get',
    );
  });

  it('refuses custom functions', async () => {
    const emu = await api();
    emu.set('A1', '=API_GET()');
    expect(String(emu.get('A1').values[0][0])).toContain('#ERROR!');
  });

  it('refuses to run while SpreadsheetApp writes are pending, and works after flush()', async () => {
    const emu = await api();
    expect(thrown(() => emu.run('writeThenBatch'))).toBe(
      'Emulator: Sheets.Spreadsheets.batchUpdate was called while SpreadsheetApp writes are pending; the advanced service does not see them. Call SpreadsheetApp.flush() first.',
    );
    expect(emu.run('writeFlushBatch')).toBe(1001);
  });
});
