/**
 * Sign-off versions on the server: records each side's signature in the
 * add-on's record in the spreadsheet (src/server/state.ts, by the SLA's id);
 * when both sides have signed the same terms, builds a protected, frozen
 * snapshot tab of the agreed version, owned by the add-on (kind 'signed').
 * Runs as an operation (lease and document lock). Safe to retry: the record
 * is saved last, in the write that ends the operation; a snapshot tab a
 * cut-off run left half-made (its journal says so) is written over, never
 * kept as it is and never made twice.
 */
import { t } from '../api/messages';
import type { Settings } from '../api/settings';
import { type SignInput, SignInputSchema, type SignOffState } from '../api/signoff';
import {
  currentVersion,
  type SignedVersion,
  type SignOffRecord,
  sign,
  termsOf,
} from '../core/signoff';
import { commitPlan } from '../gas/commit';
import { services } from '../gas/services';
import type { GSheet } from '../gas/surface';
import { layout } from '../sla/layout';
import { previousFrom, type ReadCell } from '../sla/previous';
import { renderSla } from '../sla/render';
import { freezeArchive } from './archive-freeze';
import { type Operation, runOperation } from './operation';
import { changeLines } from './signoff-note';
import { rollForward, userEmail, userLang } from './sla';
import {
  type AddonState,
  checkSize,
  type Journal,
  loadState,
  signoffRecord,
  withSignoff,
  withTab,
} from './state';
import { liveSla } from './tabs';

function stateOf(
  record: SignOffRecord,
  settings: Settings,
  lang: string,
  locale: string,
): SignOffState {
  const terms = termsOf(settings);
  const now = currentVersion(record, terms);
  const signer = (v: SignedVersion, i: number) => {
    const s = v.signatures[i];
    return s.role ? t('signoff.signer', { name: s.name, role: s.role }, lang) : s.name;
  };
  return {
    version: now.version,
    status: now.status,
    pending: now.pending,
    signed: record.signed.map((v) => ({
      version: v.version,
      snapshot: v.snapshot,
      line: t(
        'signoff.line',
        { version: v.version, marketing: signer(v, 0), sales: signer(v, 1), date: v.date },
        lang,
      ),
    })),
    changes: changeLines(record, settings, lang, locale),
  };
}

export function getSignOff(): SignOffState {
  const svc = services();
  const lang = userLang(svc);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const state = loadState(ss, lang).state;
  // The terms are numbers: the agreement text is not read.
  const { tab, settings } = liveSla(ss, state, lang);
  return stateOf(signoffRecord(state, tab.id), settings, lang, ss.getSpreadsheetLocale());
}

export function signAgreement(input: SignInput): SignOffState {
  const svc = services();
  const lang = userLang(svc);
  const parsed = SignInputSchema.safeParse(input);
  if (!parsed.success) throw new Error(t('signoff.err.input', undefined, lang));
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  return runOperation(svc, ss, 'signoff', lang, userEmail(svc), (op) => {
    const state = rollForward(op);
    const { tab, sheet: live, settings } = liveSla(ss, state, lang, true);
    const sheetName = settings.sheetName ?? live.getName();
    const record = signoffRecord(state, tab.id);
    const timeZone = ss.getSpreadsheetTimeZone();
    const locale = ss.getSpreadsheetLocale();
    const date = svc.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
    const snapshotName = (version: number) =>
      t('signoff.snapshot', { sheet: sheetName, version }, lang);
    const next = sign(record, { ...parsed.data, date }, termsOf(settings), snapshotName);
    let nextState: AddonState = {
      ...state,
      signoff: withSignoff(state, tab.id, next.record),
      journal: null,
    };
    // The record this ends with must fit (with the snapshot listed): refused before any write.
    checkSize(
      next.agreed
        ? {
            ...nextState,
            tabs: withTab(nextState, {
              kind: 'signed',
              sheetId: 2 ** 31 - 1,
              id: tab.id,
              version: next.agreed.version,
            }),
          }
        : nextState,
      lang,
    );
    if (next.agreed) {
      const snap = snapshot(op, state, live, settings, next.agreed.snapshot, date.slice(0, 7));
      nextState = {
        ...nextState,
        tabs: withTab(nextState, {
          kind: 'signed',
          sheetId: snap.getSheetId(),
          id: tab.id,
          version: next.agreed.version,
        }),
      };
      // Signed again: the live tab's "changed since signing" line no longer applies.
      live.getRange(layout(settings).signoffNote, 1).setValue('');
    }
    op.finish(nextState);
    return stateOf(next.record, settings, lang, locale);
  });
}

/**
 * The agreed version as its own tab: the live tab's numbers, frozen and
 * protected, no names. All reads come first; the record that will list the
 * tab must fit before the tab is made.
 */
function snapshot(
  op: Operation,
  state: AddonState,
  live: GSheet,
  settings: Settings,
  name: string,
  currentMonth: string,
): GSheet {
  const { svc, ss, lang } = op;
  const found = ss.getSheetByName(name);
  const j = state.journal;
  const cutOff = found && j?.op === 'signoff' && j.sheetName === name;
  // A tab of that name the add-on did not start is the user's: never overwrite it.
  if (found && !cutOff) throw new Error(t('settings.err.tabTaken', { name }, lang));
  // A half-made snapshot is written over (same tab, same id), its protection reused.
  const maxRows = found ? found.getMaxRows() : 0;
  const maxCols = found ? found.getMaxColumns() : 0;
  const made = found
    ? (found.getProtections(svc.SpreadsheetApp.ProtectionType.SHEET)[0] ?? null)
    : null;
  const l = layout(settings);
  const range = live.getRange(1, 1, l.rows, l.cols);
  const values = range.getValues() as ReadCell[][];
  const previous = previousFrom(settings, values, range.getFormulas(), settings);
  const editors = ss.getEditors().map((u) => u.getEmail());
  const me = svc.Session.getEffectiveUser().getEmail();
  // ---- writes ----
  const journal: Journal = { op: 'signoff', sheetName: name, sheetId: null, previous: null };
  op.pending(journal);
  // No named ranges (the live tab keeps SLA_*), not activated: the user stays on the live tab.
  const plan = {
    ...renderSla(settings, name, { ...previous, box: undefined }),
    namedRanges: [],
    activate: false,
  };
  const { sheet } = commitPlan(svc, ss, plan, { sheet: found, maxRows, maxCols });
  const review = values[l.review - 1]?.[0];
  freezeArchive(sheet, settings, currentMonth, typeof review === 'string' ? review : '');
  // As for an archive: the signer keeps edit rights, no one else, not the whole domain.
  const protection = (made ?? sheet.protect()).setDescription(
    t('signoff.protected', undefined, lang),
  );
  if (me) protection.addEditor(me);
  const others = editors.filter((e) => e !== me);
  if (others.length) protection.removeEditors(others);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return sheet;
}
