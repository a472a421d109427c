/**
 * failAt(n): the n-th Apps Script service call fails with the service's
 * transient error, so a test can fail an operation at every point (issue 10).
 * Spreadsheet: "Service Spreadsheets failed while accessing document with id …";
 * other services: "We're sorry, a server error occurred. Please wait a bit and
 * try again." (seen from PropertiesService, https://github.com/brucemcpherson/cGoa/issues/3).
 */
import { describe, expect, it } from 'vitest';
import { fixture, thrown } from './helpers';

const CODE = `
function mixed() {
  var props = PropertiesService.getDocumentProperties();      // 1
  var n = Number(props.getProperty('n') || 0);                 // 2
  var lock = LockService.getDocumentLock();                    // 3
  lock.waitLock(1000);                                         // 4
  var sheet = SpreadsheetApp.getActiveSheet();                 // 5
  sheet.getRange('A1').setValue(n + 1);                        // 6, 7
  props.setProperty('n', String(n + 1));                       // 8
  Utilities.formatDate(new Date(0), 'UTC', 'yyyy');            // not counted
  Logger.log('done');                                          // not counted
  var email = Session.getActiveUser().getEmail();              // 9 (getEmail: not counted)
  lock.releaseLock();                                          // 10
  return n + 1;
}
function tolerant() {
  try { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x'); } catch (e) { return 'caught: ' + e.message; }
  return 'clean';
}
function schedule() {
  ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(6).create();   // 1 (newTrigger), 2 (create)
  return ScriptApp.getProjectTriggers().length;                               // 3
}
function tick() {}
`;

describe('failAt: a fault at the n-th service call', () => {
  it('counts spreadsheet, properties, lock and session calls but not Utilities or Logger', async () => {
    const emu = await fixture({ code: CODE });
    expect(emu.run('mixed')).toBe(1);
    expect(emu.lastOperationCalls()).toBe(10);
  });

  it('fails each call in turn with its service transient error, and only once', async () => {
    const emu = await fixture({ code: CODE });
    emu.run('mixed');
    const total = emu.lastOperationCalls();
    const messages: string[] = [];
    for (let n = 1; n <= total; n++) {
      emu.failAt(n);
      messages.push(thrown(() => emu.run('mixed')));
    }
    const sheets = `Service Spreadsheets failed while accessing document with id ${emu.doc.id}.`;
    const server = "We're sorry, a server error occurred. Please wait a bit and try again.";
    expect(messages).toEqual([
      server,
      server,
      server,
      server,
      sheets,
      sheets,
      sheets,
      server,
      server,
      server,
    ]);
    // The fault fired: the next run is clean (setProperty failed at n=8, so A1 ran ahead).
    expect(emu.run('mixed')).toBe(Number(emu.properties('document').n));
  });

  it('stays armed across operations until the count is reached', async () => {
    const emu = await fixture({ code: CODE });
    emu.failAt(15); // the 5th call of the second run: getActiveSheet
    expect(emu.run('mixed')).toBe(1);
    expect(thrown(() => emu.run('mixed'))).toMatch(/^Service Spreadsheets failed/);
  });

  it('takes a custom message, reaches code that catches it, and failAt(0) disarms', async () => {
    const emu = await fixture({ code: CODE });
    emu.failAt(3, 'Exceeded maximum execution time');
    expect(emu.run('tolerant')).toBe('caught: Exceeded maximum execution time');
    emu.failAt(1);
    emu.failAt(0);
    expect(emu.run('tolerant')).toBe('clean');
  });

  it('counts ScriptApp calls and trigger creation (not builder configuration)', async () => {
    const emu = await fixture({ code: CODE });
    expect(emu.run('schedule')).toBe(1);
    expect(emu.lastOperationCalls()).toBe(3);
    const other = await fixture({ code: CODE });
    other.failAt(2);
    expect(thrown(() => other.run('schedule'))).toMatch(/server error/);
    expect(other.listTriggers()).toEqual([]);
  });

  it('leaves stats().calls counting spreadsheet calls only', async () => {
    const emu = await fixture({ code: CODE });
    emu.stats();
    emu.run('mixed');
    expect(emu.stats().calls).toBe(3);
  });
});
