// biome-ignore-all lint/correctness/noUnusedVariables: every global function is an Apps Script entry point (menu, sidebar, trigger, custom function).
/**
 * Conformance probes: each probe exercises one Apps Script / Sheets rule the
 * emulator implements and reports what happened, so the same bundle can run
 * in the emulator (test/conformance) and in a real Apps Script project
 * (README, "Conformance with Google"). dev/conformance/expected.json lists
 * every probe's expected outcome with the Google page that documents it.
 *
 * Outcomes are `{ value: … }` or `{ error: "message" }`.
 *  - probe_*          run on the server (sidebar button, or the emulator's run)
 *  - client_*         judged by what the sidebar's google.script.run receives
 *  - triggerProbe_*   recorded by a time-driven trigger, read back by probe_triggerReport
 * The manifest deliberately omits userinfo.email, spreadsheets and
 * script.external_request so the scope probes have something to refuse.
 */

/** Runs fn and reports its value or its error message. */
function outcome_(fn) {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: String(e?.message || e) };
  }
}

/** The tab the probes write to (created on first use). */
function probeSheet_() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  return ss.getSheetByName('Probes') || ss.insertSheet('Probes');
}

// ── menu and sidebar (for recording a real run) ─────────────────────────────

function onOpen() {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Run probes', 'showProbes').addToUi();
}

function onInstall(e) {
  onOpen(e);
}

function showProbes() {
  SpreadsheetApp.getUi().showSidebar(
    HtmlService.createHtmlOutputFromFile('Probes').setTitle('Conformance probes'),
  );
}

// ── spreadsheet rules ───────────────────────────────────────────────────────

function probe_removeNamedRange_missing() {
  return outcome_(() => {
    SpreadsheetApp.getActiveSpreadsheet().removeNamedRange('NoSuchProbeName');
    return 'removed';
  });
}

function probe_getRangeList_empty() {
  return outcome_(
    () =>
      SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRangeList([]).getRanges().length,
  );
}

function probe_developerMetadata_arbitraryRange() {
  return outcome_(() => {
    probeSheet_().getRange('B2:C3').addDeveloperMetadata('probe', 'x');
    return 'added';
  });
}

function probe_developerMetadata_defaultVisibility() {
  return outcome_(() => {
    var sheet = probeSheet_();
    sheet.getRange('7:7').addDeveloperMetadata('probe-row', 'x');
    var found = sheet.getRange('7:7').getDeveloperMetadata();
    var visibility = String(found[0].getVisibility());
    found.forEach((m) => {
      m.remove();
    });
    return visibility;
  });
}

function probe_protection_newCanDomainEdit() {
  return outcome_(() => {
    var p = probeSheet_().getRange('D1').protect();
    var can = p.canDomainEdit();
    p.remove();
    return can;
  });
}

// ── scopes (the probe manifest lacks userinfo.email, spreadsheets, external_request) ──

function probe_scope_activeUserWithoutEmailScope() {
  return outcome_(() => Session.getActiveUser().getEmail());
}

function probe_scope_openByIdWithCurrentOnly() {
  return outcome_(
    () => SpreadsheetApp.openById(SpreadsheetApp.getActiveSpreadsheet().getId()).getName().length,
  );
}

function probe_scope_urlFetchWithoutScope() {
  return outcome_(() => UrlFetchApp.fetch('https://www.example.com/').getResponseCode());
}

function probe_scope_propertiesNeedNone() {
  return outcome_(() => {
    PropertiesService.getDocumentProperties().setProperty('probe', '1');
    return PropertiesService.getDocumentProperties().getProperty('probe');
  });
}

// ── advanced Sheets service (Sheets API v4) ─────────────────────────────────
// The manifest enables it and grants drive.file (a Sheets API scope that is not
// spreadsheets, so the openById scope probe still has something to refuse).

/** Runs fn with SpreadsheetApp's buffered writes flushed first (the API does not see them). */
function sheetsApi_(fn) {
  return outcome_(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = probeSheet_();
    SpreadsheetApp.flush();
    return fn(ss, sheet);
  });
}

function probe_sheetsApi_atomicBatch() {
  return sheetsApi_((ss) => {
    if (!ss.getRangeByName('ProbeTaken'))
      ss.setNamedRange('ProbeTaken', probeSheet_().getRange('F1'));
    SpreadsheetApp.flush();
    let threw = false;
    try {
      Sheets.Spreadsheets.batchUpdate(
        {
          requests: [
            { addSheet: { properties: { title: 'ProbeAtomicTab' } } },
            {
              addNamedRange: {
                namedRange: { name: 'ProbeTaken', range: { sheetId: probeSheet_().getSheetId() } },
              },
            },
          ],
        },
        ss.getId(),
      );
    } catch (_e) {
      threw = true;
    }
    return { threw: threw, tabAdded: ss.getSheetByName('ProbeAtomicTab') !== null };
  });
}

function probe_sheetsApi_addNamedRangeDuplicate() {
  return sheetsApi_((ss, sheet) => {
    if (!ss.getRangeByName('ProbeTaken')) ss.setNamedRange('ProbeTaken', sheet.getRange('F1'));
    SpreadsheetApp.flush();
    Sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            addNamedRange: {
              namedRange: { name: 'ProbeTaken', range: { sheetId: sheet.getSheetId() } },
            },
          },
        ],
      },
      ss.getId(),
    );
    return 'added';
  });
}

function probe_sheetsApi_stringValueStaysText() {
  return sheetsApi_((ss, sheet) => {
    Sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            updateCells: {
              start: { sheetId: sheet.getSheetId(), rowIndex: 99, columnIndex: 0 },
              rows: [{ values: [{ userEnteredValue: { stringValue: '=1+1' } }] }],
              fields: 'userEnteredValue',
            },
          },
        ],
      },
      ss.getId(),
    );
    const cell = sheet.getRange(100, 1);
    return [cell.getValue(), cell.getFormula()];
  });
}

function probe_sheetsApi_sheetIdZeroOmitted() {
  return sheetsApi_((ss) => {
    const zero = ss.getSheets().filter((s) => s.getSheetId() === 0)[0];
    if (!zero) return 'no tab with sheetId 0';
    const got = Sheets.Spreadsheets.get(ss.getId(), { fields: 'sheets.properties(sheetId,title)' });
    const props = got.sheets.filter((s) => s.properties.title === zero.getName())[0].properties;
    return Object.keys(props).sort();
  });
}

// ── custom functions ────────────────────────────────────────────────────────

/**
 * What kind of value arrived.
 * @param {*} value Anything.
 * @return "Date", "number", "string"…
 * @customfunction
 */
function PROBE_KIND(value) {
  return value instanceof Date ? 'Date' : typeof value;
}

/**
 * Sleeps, then returns the seconds.
 * @param {number} seconds How long to sleep.
 * @return The seconds.
 * @customfunction
 */
function PROBE_SLEEP(seconds) {
  Utilities.sleep(seconds * 1000);
  return seconds;
}

/**
 * Writes `formula` next to a date cell, lets Sheets compute it and reads the
 * result. Sheets may still show "Loading..." for a custom function after
 * flush(): wait for it (up to 90 s) so the probe records the result.
 */
function formulaOutcome_(row, formula) {
  return outcome_(() => {
    const sheet = probeSheet_();
    sheet
      .getRange(row, 1)
      .setValue(new Date(2026, 2, 5))
      .setNumberFormat('yyyy-mm-dd');
    sheet.getRange(row, 2).setFormula(formula);
    SpreadsheetApp.flush();
    let value = sheet.getRange(row, 2).getValue();
    for (let waited = 0; value === 'Loading...' && waited < 90; waited++) {
      Utilities.sleep(1000);
      value = sheet.getRange(row, 2).getValue();
    }
    return value;
  });
}

function probe_customFunction_dateArgument() {
  return formulaOutcome_(1, '=PROBE_KIND(A1)');
}

function probe_customFunction_over30s() {
  return formulaOutcome_(2, '=PROBE_SLEEP(31)');
}

// ── google.script.run (judged by what the client receives) ──────────────────

function client_returnsDate() {
  return { when: new Date(0) };
}

function client_echo(value) {
  return value === null ? 'null' : typeof value;
}

// ── an add-on's time-driven trigger (needs the bundle installed as an add-on) ──

function probe_triggerSchedule() {
  return outcome_(() => {
    ScriptApp.getProjectTriggers().forEach((t) => {
      ScriptApp.deleteTrigger(t);
    });
    ScriptApp.newTrigger('triggerProbe_run').timeBased().everyHours(1).create();
    return 'scheduled';
  });
}

function probe_triggerSecondTimeBased() {
  return outcome_(() => {
    ScriptApp.newTrigger('triggerProbe_run').timeBased().everyHours(2).create();
    return 'created';
  });
}

function triggerProbe_run(e) {
  var seen = {
    triggerAuthMode: outcome_(() => String(e.authMode)),
    triggerEventFields: outcome_(() => Object.keys(e).sort()),
    triggerActiveSpreadsheet: outcome_(() =>
      SpreadsheetApp.getActiveSpreadsheet() === null ? null : 'Spreadsheet',
    ),
    triggerDocumentProperties: outcome_(() =>
      PropertiesService.getDocumentProperties() === null ? null : 'Properties',
    ),
    triggerDocumentLock: outcome_(() => (LockService.getDocumentLock() === null ? null : 'Lock')),
    triggerGetUi: outcome_(() => {
      SpreadsheetApp.getUi();
      return 'Ui';
    }),
  };
  PropertiesService.getUserProperties().setProperty('triggerProbes', JSON.stringify(seen));
}

function probe_triggerReport() {
  return outcome_(() => {
    var raw = PropertiesService.getUserProperties().getProperty('triggerProbes');
    return raw === null ? null : JSON.parse(raw);
  });
}
