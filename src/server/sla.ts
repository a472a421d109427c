/**
 * Sidebar/server API for the SLA tab: build or rebuild, safe to retry.
 * Reads what a rebuild keeps (with the layout the tab was built with, from the
 * state), journals those reads before the first write, renders the tab as
 * data and commits it; the state naming the tab's new settings is written
 * last, together with the end of the operation (see src/server/state.ts).
 */
import { inLanguage, languageOf, t } from '../api/messages';
import { AGREEMENT_KEYS, type Settings, validateSettings } from '../api/settings';
import { slaLang, withSlaLanguage } from '../api/sla-language';
import { withLocaleDates } from '../core/locale-formats';
import { namedRangeIds } from '../gas/api';
import { commitPlan, NAMES_FIELDS } from '../gas/commit';
import { services } from '../gas/services';
import type { GSheet, Services } from '../gas/surface';
import { layout } from '../sla/layout';
import {
  mergeAgreement,
  previousFrom,
  previousFromJson,
  previousToJson,
  type ReadCell,
} from '../sla/previous';
import { type Previous, renderSla, sheetNameFor } from '../sla/render';
import { userLanguage } from './language';
import { type Operation, runOperation } from './operation';
import { signoffNote } from './signoff-note';
import {
  type AddonState,
  checkSize,
  type Journal,
  type SlaTab,
  slaTab,
  storedSettings,
  tabById,
  textHash,
  withTab,
} from './state';
import { readAgreement } from './tabs';

export function userLang(svc: Services): string {
  return userLanguage(svc);
}

/** The acting user's address (needs the userinfo.email scope); '' when Google withholds it. */
export function userEmail(svc: Services): string {
  return svc.Session.getActiveUser().getEmail();
}

/** Throws one Error naming every bad field (the sidebar shows them inline before this). */
export function requireSettings(input: unknown, lang: string): Settings {
  const v = validateSettings(input, lang);
  if (v.ok) return v.settings;
  throw new Error(
    t('settings.err.rejected', { errors: v.errors.map((e) => e.message).join(' ') }, lang),
  );
}

export function buildSlaTab(input: unknown): { sheetName: string } {
  const svc = services();
  const lang = userLang(svc);
  const settings = requireSettings(input, lang);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  return runOperation(svc, ss, 'build', lang, userEmail(svc), (op) => {
    // A cut-off build is simply this build again: it reuses the journal's reads.
    const state = op.h.state.journal?.op === 'build' ? op.h.state : rollForward(op);
    return build(op, state, settings);
  });
}

/**
 * Finishes an operation another run left half-done (its journal), so every
 * operation starts from a whole workbook. A build is finished by building
 * again with what its journal recorded; a reset by its own roll-forward.
 */
export function rollForward(op: Operation): AddonState {
  const j = op.h.state.journal;
  if (!j) return op.h.state;
  if (j.op === 'build' && j.next) {
    const sheet =
      j.sheetId === null ? op.ss.getSheetByName(j.sheetName) : op.ss.getSheetById(j.sheetId);
    const tab = slaTab(op.h.state, j.sheetId);
    // The agreement as the sheet holds it now (build keeps the user's edits), else the journal's.
    const agreement = sheet && tab ? readAgreement(sheet, tab.settings) : j.agreement;
    const settings = requireSettings({ ...j.next, agreement }, op.lang);
    build(op, op.h.state, settings, { keepLease: true });
    return op.h.state;
  }
  if (j.op === 'reset') return resetRollForward(op, j);
  return op.h.state;
}

let resetRollForward: (op: Operation, j: Journal) => AddonState = (op) => op.h.state;
/** reset.ts registers its roll-forward here (avoids an import cycle). */
export function onResetJournal(f: (op: Operation, j: Journal) => AddonState): void {
  resetRollForward = f;
}

/** Which tab a build writes: the one the sidebar shows, unless the period changed. */
function targetName(state: AddonState, settings: Settings): string {
  if (!settings.sheetName) return sheetNameFor(settings);
  const live = state.tabs.find(
    (x): x is SlaTab => x.kind === 'sla' && x.settings.sheetName === settings.sheetName,
  );
  const samePeriod =
    !live ||
    (live.settings.periodStart === settings.periodStart &&
      live.settings.months === settings.months);
  return samePeriod ? settings.sheetName : sheetNameFor(settings);
}

interface Target {
  name: string;
  sheet: GSheet | null;
  sheetId: number | null;
  tab: SlaTab | null;
  maxRows: number;
  maxCols: number;
}

function resolveTarget(op: Operation, state: AddonState, settings: Settings): Target {
  const name = targetName(state, settings);
  const sheet = op.ss.getSheetByName(name);
  if (!sheet) return { name, sheet: null, sheetId: null, tab: null, maxRows: 0, maxCols: 0 };
  const sheetId = sheet.getSheetId();
  const tab = tabById(state, sheetId);
  const j = state.journal;
  // A tab this add-on inserted in a run that was cut off before recording it.
  const adopted = !tab && j?.op === 'build' && j.sheetName === name && j.sheetId === null;
  if (tab?.kind === 'sla' || adopted)
    return {
      name,
      sheet,
      sheetId,
      tab: tab?.kind === 'sla' ? tab : null,
      maxRows: sheet.getMaxRows(),
      maxCols: sheet.getMaxColumns(),
    };
  const key =
    tab?.kind === 'archive'
      ? 'settings.err.tabArchive'
      : tab?.kind === 'signed'
        ? 'settings.err.tabSigned'
        : tab?.kind === 'log' || tab?.kind === 'history'
          ? 'settings.err.tabOwnLog'
          : 'settings.err.tabTaken';
  throw new Error(t(key, { name }, op.lang));
}

interface Kept {
  previous?: Previous;
  agreement?: Map<string, string>;
}

/**
 * What the rebuild keeps, read with the layout the tab was built with; after
 * a cut-off run, the journal's reads (the sheet may be half-written). The
 * agreement rows sit above everything a layout moves, so they are read from
 * the sheet either way: a text that differs from what the add-on last wrote
 * is the user's edit and wins.
 */
function readKept(op: Operation, target: Target, settings: Settings): Kept {
  const j = op.h.state.journal;
  const journaled = j?.op === 'build' && j.sheetName === target.name ? j : null;
  const { sheet, tab } = target;
  if (!sheet || !tab) {
    const agreement = journaled?.agreement;
    return {
      previous: journaled?.previous ? previousFromJson(journaled.previous) : undefined,
      agreement: agreement ? new Map(Object.entries(agreement)) : undefined,
    };
  }
  const old = tab.settings;
  const l = layout(old);
  const isOurs = (k: string, text: string) =>
    textHash(text) === tab.written[AGREEMENT_KEYS.indexOf(k as (typeof AGREEMENT_KEYS)[number])];
  if (journaled) {
    const last = l.agreementRow[AGREEMENT_KEYS[AGREEMENT_KEYS.length - 1]];
    const values = sheet.getRange(1, 1, last, 2).getValues() as ReadCell[][];
    return {
      previous: journaled.previous ? previousFromJson(journaled.previous) : undefined,
      agreement: mergeAgreement(values, old, settings, isOurs),
    };
  }
  const range = sheet.getRange(
    1,
    1,
    Math.min(l.rows, target.maxRows),
    Math.min(l.cols, target.maxCols),
  );
  const values = range.getValues() as ReadCell[][];
  return {
    previous: previousFrom(old, values, range.getFormulas(), settings),
    agreement: mergeAgreement(values, old, settings, isOurs),
  };
}

export function build(
  op: Operation,
  state: AddonState,
  given: Settings,
  opts: { keepLease?: boolean; slaId?: string } = {},
): { sheetName: string } {
  const target = resolveTarget(op, state, given);
  // The locale picks the default language and the order of day, month and year.
  const locale = op.ss.getSpreadsheetLocale();
  const chosen = withSlaLanguage(given, target.tab?.settings, () => languageOf(locale));
  // Only a reset moves the version: a build keeps the tab's.
  const version = target.tab?.settings.agreementVersion ?? chosen.agreementVersion;
  const settings: Settings = { ...chosen, agreementVersion: version };
  const { previous, agreement } = readKept(op, target, settings);
  const texts = AGREEMENT_KEYS.map((k) => agreement?.get(k) ?? settings.agreement[k]);
  const carried =
    state.journal?.op === 'build' && state.journal.sheetName === target.name ? state.journal : null;
  const slaId = target.tab?.id ?? opts.slaId ?? carried?.slaId;
  // Terms changed since the last signed version: the tab says what changed (sign-off versions).
  const note = slaId
    ? inLanguage(slaLang(settings), () => signoffNote(op, state, slaId, settings))
    : undefined;
  const journal: Journal = {
    op: 'build',
    sheetName: target.name,
    sheetId: target.sheetId,
    previous: previous ? previousToJson(previous) : null,
    next: storedSettings({ ...settings, sheetName: target.name }),
    // A new tab has no agreement rows yet to read back: the journal keeps the texts.
    ...(target.tab
      ? {}
      : { agreement: Object.fromEntries(AGREEMENT_KEYS.map((k, i) => [k, texts[i]])) }),
    // The last step of a reset stays one: its retry must not reset again, and
    // the next version keeps the SLA's identity.
    ...(carried?.archiveName ? { archiveName: carried.archiveName } : {}),
    ...(slaId ? { slaId } : {}),
  };
  // The journal is written first only when the layout moves (a half-written
  // tab could not be read back with the old one); a new tab's journal (so a
  // retry adopts the tab) is written only if this run fails.
  const moved =
    target.tab !== null &&
    JSON.stringify(layout(target.tab.settings)) !== JSON.stringify(layout(settings));
  // (Sent with the commit's first batch: it lands before any cell changes.)
  const before = moved ? op.stepRequest({ ...state, journal }) : undefined;
  if (!target.tab) op.pending(journal);
  // Names are read (one call per name) only when some may exist elsewhere or
  // must move: a rebuild in place with the same layout leaves them as they are.
  const inPlace = target.tab !== null && state.current === target.sheetId;
  const needNames =
    moved ||
    (state.current !== null && state.current !== target.sheetId) ||
    (target.sheet !== null && target.tab === null);
  // One structure read (names with their ids, tabs): the commit's batch moves or adds them.
  const structure = needNames ? op.api.get(NAMES_FIELDS) : undefined;
  const names = structure ? namedRangeIds(structure) : new Map<string, string>();
  // The record this build ends with must fit: refused before anything is written.
  const tabFor = (sheetId: number): SlaTab => ({
    kind: 'sla',
    sheetId,
    id: slaId ?? `sla-${sheetId}`,
    settings: storedSettings({ ...settings, sheetName: target.name }),
    written: texts.map(textHash),
  });
  checkSize({ ...state, tabs: withTab(state, tabFor(target.sheetId ?? 2 ** 31 - 1)) }, op.lang);

  // ---- writes ----
  const plan = inLanguage(slaLang(settings), () =>
    renderSla(settings, target.name, {
      ...previous,
      agreement,
      ...(note ? { signoffNote: note } : {}),
    }),
  );
  plan.styles = withLocaleDates(plan.styles, locale);
  const oldSettings = target.tab?.settings;
  // The old plan in the old language: its chart titles are what the tab holds.
  const oldPlan = oldSettings
    ? inLanguage(slaLang(oldSettings), () =>
        renderSla({ ...settings, ...oldSettings }, target.name),
      )
    : null;
  const oldRects = new Map(
    (oldPlan?.namedRanges ?? []).map((n) => [n.name, JSON.stringify(n.rect)]),
  );
  // A name already on this tab where it belongs needs no call.
  plan.namedRanges = plan.namedRanges.filter(
    (n) =>
      !(
        inPlace &&
        (!needNames || names.has(n.name)) &&
        oldRects.get(n.name) === JSON.stringify(n.rect)
      ),
  );
  if (oldPlan && target.sheet) plan.replaceChartTitles = (oldPlan.charts ?? []).map((c) => c.title);
  const made = commitPlan(op.svc, op.ss, plan, {
    sheet: target.sheet,
    maxRows: target.maxRows,
    maxCols: target.maxCols,
    structure,
    sheetId: target.sheetId,
    api: op.api,
    before,
  });
  op.wrote();
  const sheetId = target.sheetId ?? made.sheetId ?? made.sheet.getSheetId();
  const tab = tabFor(sheetId);
  const next: AddonState = {
    ...op.h.state,
    tabs: withTab(op.h.state, tab),
    current: sheetId,
    journal: null,
  };
  if (opts.keepLease) op.finishStep(next);
  else op.finish(next);
  return { sheetName: target.name };
}
