/**
 * Sign-off versions on the server: records each side's signature in the
 * document's properties (per SLA tab); when both sides have signed the same
 * terms, builds a protected, frozen snapshot tab of the agreed version.
 * Retry-safe: the snapshot is built only when its tab does not exist yet, and
 * the record is saved after it, so a failed run repeats to the same end.
 */
import { t } from '../api/messages';
import type { Settings } from '../api/settings';
import { type SignInput, SignInputSchema, type SignOffState } from '../api/signoff';
import {
  type Change,
  changesSince,
  currentVersion,
  EMPTY_RECORD,
  type SignedVersion,
  type SignOffRecord,
  sign,
  termsOf,
} from '../core/signoff';
import { commitPlan } from '../gas/commit';
import { readJson, writeJson } from '../gas/json-store';
import { services } from '../gas/services';
import type { GProperties, Services } from '../gas/surface';
import { layout } from '../sla/layout';
import { previousFrom, type ReadCell } from '../sla/previous';
import { renderSla } from '../sla/render';
import { freezeArchive } from './archive-freeze';
import { currentAgreement } from './refresh';
import { userLang } from './sla';

const recordKey = (sheetName: string) => `signoff:${sheetName}`;

function changeLines(
  record: SignOffRecord,
  settings: Settings,
  lang: string,
  locale: string,
): string[] {
  const tag = locale.replace(/_/g, '-');
  const num = (x: number) => new Intl.NumberFormat(tag).format(x);
  const pct = (x: number) =>
    new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 }).format(x);
  const change = (c: Change): string => {
    if (c.field === 'rate')
      return t(
        'signoff.change.rate',
        { from: c.from, to: c.to, before: pct(c.before), after: pct(c.after) },
        lang,
      );
    if (c.field === 'stages')
      return t(
        'signoff.change.stages',
        { before: c.before.join(', '), after: c.after.join(', ') },
        lang,
      );
    const show = (x: number | string) => (typeof x === 'number' ? num(x) : x);
    return t(`signoff.change.${c.field}`, { before: show(c.before), after: show(c.after) }, lang);
  };
  return changesSince(record, termsOf(settings)).map(change);
}

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

/**
 * The line the live tab shows under its review reminder when the terms
 * changed since the last signed version (undefined when they did not).
 */
export function signoffNote(
  svc: Services,
  props: GProperties,
  sheetName: string,
  settings: Settings,
  lang: string,
): string | undefined {
  const record = readJson<SignOffRecord>(props, recordKey(sheetName)) ?? EMPTY_RECORD;
  const last = record.signed[record.signed.length - 1];
  // Unsigned agreements (the usual build) cost one property read, nothing more.
  if (!last) return undefined;
  const locale = svc.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  const lines = changeLines(record, settings, lang, locale);
  if (lines.length === 0) return undefined;
  return t(
    'signoff.tabNote',
    { version: last.version, next: last.version + 1, changes: lines.join('; ') },
    lang,
  );
}

export function getSignOff(): SignOffState {
  const svc = services();
  const { sheetName, settings } = currentAgreement(svc);
  const props = svc.PropertiesService.getDocumentProperties();
  const record = readJson<SignOffRecord>(props, recordKey(sheetName)) ?? EMPTY_RECORD;
  const locale = svc.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  return stateOf(record, settings, userLang(svc), locale);
}

export function signAgreement(input: SignInput): SignOffState {
  const svc = services();
  const lang = userLang(svc);
  const parsed = SignInputSchema.safeParse(input);
  if (!parsed.success) throw new Error(t('signoff.err.input', undefined, lang));
  const { sheetName, settings } = currentAgreement(svc);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const props = svc.PropertiesService.getDocumentProperties();
  const record = readJson<SignOffRecord>(props, recordKey(sheetName)) ?? EMPTY_RECORD;
  const timeZone = ss.getSpreadsheetTimeZone();
  const date = svc.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
  const snapshotName = (version: number) =>
    t('signoff.snapshot', { sheet: sheetName, version }, lang);
  const next = sign(record, { ...parsed.data, date }, termsOf(settings), snapshotName);
  if (next.agreed) {
    snapshot(svc, sheetName, settings, next.agreed.snapshot, date.slice(0, 7), lang);
    // Signed again: the live tab's "changed since signing" line no longer applies.
    ss.getSheetByName(sheetName)?.getRange(layout(settings).signoffNote, 1).setValue('');
  }
  writeJson(props, recordKey(sheetName), next.record);
  return stateOf(next.record, settings, lang, ss.getSpreadsheetLocale());
}

/** The agreed version as its own tab: the live tab's numbers, frozen and protected, no names. */
function snapshot(
  svc: Services,
  sheetName: string,
  settings: Settings,
  name: string,
  currentMonth: string,
  lang: string,
): void {
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  if (ss.getSheetByName(name)) return;
  const live = ss.getSheetByName(sheetName);
  if (!live) throw new Error(t('refresh.err.noSlaTab', { name: sheetName }, lang));
  const l = layout(settings);
  const range = live.getRange(1, 1, l.rows, l.cols);
  const values = range.getValues() as ReadCell[][];
  const previous = previousFrom(settings, values, range.getFormulas(), settings);
  // No named ranges (the live tab keeps SLA_*), not activated: the user stays on the live tab.
  const plan = {
    ...renderSla(settings, name, { ...previous, box: undefined }),
    namedRanges: [],
    activate: false,
  };
  const { sheet } = commitPlan(svc, ss, plan, { sheet: null, maxRows: 0, maxCols: 0 });
  freezeArchive(sheet, settings, currentMonth, values);
  const editors = ss.getEditors().map((u) => u.getEmail());
  sheet
    .protect()
    .setDescription(t('signoff.protected', undefined, lang))
    .removeEditors(editors);
}
