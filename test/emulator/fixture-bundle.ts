/**
 * A tiny hand-made "Code.js" for emulator tests that must not depend on what
 * the add-on ships: a few global functions calling SpreadsheetApp the way
 * the real bundle does, two custom functions (one that tries to write), and
 * a private helper.
 */
export const FIXTURE_CODE = `
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showPanel').addToUi();
  return e && String(e.authMode);
}

function readsDocumentOnOpen(e) {
  return SpreadsheetApp.getActiveSpreadsheet().getName();
}

function showPanel() {
  var html = HtmlService.createHtmlOutput('<p>hi</p>').setTitle('Panel');
  SpreadsheetApp.getUi().showSidebar(html);
}

function writeBlock(a1, rows) {
  SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(a1).setValues(rows);
  return 'ok';
}

function readBlock(a1) {
  return SpreadsheetApp.getActiveSheet().getRange(a1).getValues();
}

function writeThenRead() {
  var sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('A1').setValue(1);
  sheet.getRange('A2').setValue(2);
  var a = sheet.getRange('A1:A2').getValues();
  var b = sheet.getLastRow();
  sheet.getRange('A3').setFormula('=A1+A2');
  var c = sheet.getRange('A3').getValue();
  return [a, b, c];
}

function dateFacts(a1) {
  var v = SpreadsheetApp.getActiveSheet().getRange(a1).getValue();
  return { isDate: v instanceof Date, iso: v instanceof Date ? v.toISOString() : String(v), sameCtor: v.constructor === Date };
}

function returnsDate() {
  return { when: new Date(0) };
}

function echo(x) {
  return x;
}

function boom() {
  SpreadsheetApp.getActiveSheet().getRange(0, 1);
}

function helper_() {
  return 'private';
}

/**
 * Doubles a number.
 * @param {number} x The number.
 * @return The double.
 * @customfunction
 */
function DOUBLE(x) {
  return x * 2;
}

/**
 * Tries to write: must fail like in Sheets.
 * @param {number} x Anything.
 * @return x.
 * @customfunction
 */
function SNEAKY(x) {
  SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('Z1').setValue(1);
  return x;
}
`;
