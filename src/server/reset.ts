/**
 * The mid-period reset: propose new conversion rates from the actuals, then
 * (once the user confirms) archive the current tab as a protected read-only
 * version whose named ranges carry a version suffix, and build the next
 * version for the remaining months under the tab's own name, which takes the
 * plain SLA_ names. All reads come first; the proposal and the reset share them.
 */
import { t } from '../api/messages';
import { ResetOptionsSchema, type ResetProposal, type ResetResult } from '../api/review';
import { AGREEMENT_KEYS, type Settings } from '../api/settings';
import { slaLang } from '../api/sla-language';
import { achievedToDate, nextSettings, proposeRates, tabPeriodTargets } from '../core/review';
import { addMonths } from '../core/review/months';
import { services } from '../gas/services';
import type { GNamedRange, GProtection, GSheet, GSpreadsheet, Services } from '../gas/surface';
import { layout } from '../sla/layout';
import { previousFrom, previousToJson, type ReadCell } from '../sla/previous';
import { monthKey, monthList, renderSla } from '../sla/render';
import { freezeArchive } from './archive-freeze';
import { type Operation, runOperation } from './operation';
import { build, onResetJournal, requireSettings, rollForward, userEmail, userLang } from './sla';
import {
  type AddonState,
  type Journal,
  loadState,
  type SlaTab,
  slaTab,
  storedSettings,
  withTab,
} from './state';
import { type LiveSla, liveSla } from './tabs';

interface ResetRead {
  svc: Services;
  ss: GSpreadsheet;
  sla: GSheet;
  sheetName: string;
  settings: Settings;
  values: ReadCell[][];
  formulas: string[][];
  proposal: ResetProposal;
  options: ReturnType<typeof ResetOptionsSchema.parse>;
  live: LiveSla;
  /** `YYYY-MM` in the spreadsheet's zone: what TODAY() says now. */
  currentMonth: string;
}

function parse(input: unknown, lang: string) {
  const parsed = ResetOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => i.path.join('.') || 'options').join(', ');
  throw new Error(t('review.reset.err.options', { fields }, lang));
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Everything a reset needs, read in one pass; nothing written. */
function readForReset(
  svc: Services,
  ss: GSpreadsheet,
  state: AddonState,
  input: unknown,
  lang: string,
): ResetRead {
  const options = parse(input, lang);
  const live = liveSla(ss, state, lang, true);
  const { settings, sheet: sla } = live;
  const sheetName = settings.sheetName ?? sla.getName();
  const l = layout(settings);
  const range = sla.getRange(1, 1, l.rows, l.cols);
  const values = range.getValues() as ReadCell[][];
  const formulas = range.getFormulas();
  const timeZone = ss.getSpreadsheetTimeZone();
  const currentMonth = svc.Utilities.formatDate(new Date(), timeZone, 'yyyy-MM');

  const months = monthList(settings.periodStart, settings.months).map(monthKey);
  const S = settings.stages.length;
  const monthRows = months.map((_, i) => values[l.firstMonthRow - 1 + i]);
  const actuals = monthRows.map((row) =>
    settings.stages.map((_, s) => num(row[l.blockCol.actuals - 1 + s])),
  );
  const revenue = monthRows.map((row) => num(row[l.blockCol.actuals - 1 + S]));
  // The last complete month: the one before the current month, within the period.
  const before = months.filter((m) => m < currentMonth);
  const asOfIndex = before.length - 1;
  const asOfMonth = before[asOfIndex] ?? addMonths(settings.periodStart, -1);
  const proposals = proposeRates({
    counts: actuals,
    asOfIndex,
    plannedRates: settings.rates,
    trailingMonths: options.trailingMonths,
    minRecords: options.minRecords,
    lang,
  });
  const rates = options.rates ?? proposals.map((p) => p.proposed);
  if (rates.length !== settings.rates.length)
    throw new Error(t('review.reset.err.rates', { expected: settings.rates.length }, lang));
  const achieved = achievedToDate(actuals, revenue, asOfIndex);
  const next = nextSettings(settings, { rates, asOfMonth, ...achieved }, lang);
  const proposal: ResetProposal = {
    sheetName,
    archiveName: `${sheetName} v${settings.agreementVersion}`,
    stages: settings.stages,
    asOfMonth,
    proposals,
    next: {
      periodStart: next.periodStart,
      months: next.months,
      revenueGoal: next.revenueGoal,
      reviewDate: next.reviewDate,
      periodTargets: tabPeriodTargets(next),
    },
    achievedRevenue: achieved.achievedRevenue,
    achievedCustomers: achieved.achievedCustomers,
    currency: settings.currency,
  };
  return {
    svc,
    ss,
    sla,
    sheetName,
    settings,
    values,
    formulas,
    proposal,
    options,
    live,
    currentMonth,
  };
}

/** What a reset would do, for the sidebar to show before the user confirms. */
export function getResetProposal(options: unknown): ResetProposal {
  const svc = services();
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const lang = userLang(svc);
  return readForReset(svc, ss, loadState(ss, lang).state, options, lang).proposal;
}

/**
 * Archives the current version and builds the next one. Safe to retry: the
 * journal (written before the first change) holds the next settings and what
 * the tab held; each step checks the sheet before acting (the tab already
 * renamed, a name already suffixed, the protection already there), and the
 * next version is a build, itself journaled.
 */
export function resetSla(options: unknown): ResetResult {
  const svc = services();
  const lang = userLang(svc);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  return runOperation(svc, ss, 'reset', lang, userEmail(svc), (op) => {
    // A cut-off reset is finished, never started again.
    const j = op.h.state.journal;
    if (j?.op === 'reset') {
      finishReset(op, j);
      return { sheetName: j.sheetName, archivedSheetName: j.archiveName ?? '' };
    }
    if (j?.op === 'build' && j.archiveName) {
      rollForward(op);
      op.finish(op.h.state);
      return { sheetName: j.sheetName, archivedSheetName: j.archiveName };
    }
    const state = rollForward(op);
    const r = readForReset(svc, ss, state, options, lang);
    const { sheetName, settings, proposal } = r;
    const rates = r.options.rates ?? proposal.proposals.map((p) => p.proposed);
    const achieved = {
      achievedRevenue: proposal.achievedRevenue,
      achievedCustomers: proposal.achievedCustomers,
    };
    const next: Settings = {
      ...nextSettings(settings, { rates, asOfMonth: proposal.asOfMonth, ...achieved }, lang),
      sheetName,
      agreementVersion: settings.agreementVersion + 1,
    };
    const archiveName = proposal.archiveName;
    if (ss.getSheetByName(archiveName))
      throw new Error(t('review.reset.err.archiveExists', { name: archiveName }, lang));
    const previous = previousFrom(settings, r.values, r.formulas, next);
    const journal: Journal = {
      op: 'reset',
      sheetName,
      sheetId: r.live.tab.sheetId,
      previous: previousToJson({ ...previous, box: undefined }),
      archiveName,
      next: storedSettings(next),
      agreement: Object.fromEntries(AGREEMENT_KEYS.map((k) => [k, next.agreement[k]])),
      // The archive is a record: what depends on today is fixed as it reads now.
      frozen: { month: r.currentMonth, review: reviewLine(r.values, settings) },
    };
    const facts = readArchiveFacts(op, r.sla, r.live.tab);
    op.finishStep({ ...state, journal });
    finishReset(op, journal, facts);
    return { sheetName, archivedSheetName: archiveName };
  });
}

/** What the reset's steps check, read before its first write (a read after a write flushes). */
interface ArchiveFacts {
  name: string;
  /** The tab's plain SLA_ names (to suffix), with the objects that rename them. */
  names: [GNamedRange, string][];
  /** The archive's protection when a cut-off run already made it. */
  protection: GProtection | null;
  editors: string[];
  me: string;
}

function readArchiveFacts(op: Operation, sheet: GSheet, old: SlaTab): ArchiveFacts {
  // Read once: every call counts against the reset's budget.
  const name = sheet.getName();
  const ours = new Set(renderSla(settingsOfTab(old), name).namedRanges.map((n) => n.name));
  const names = sheet
    .getNamedRanges()
    .map((nr): [GNamedRange, string] => [nr, nr.getName()])
    .filter(([, name]) => ours.has(name));
  return {
    name,
    names,
    protection: sheet.getProtections(op.svc.SpreadsheetApp.ProtectionType.SHEET)[0] ?? null,
    editors: op.ss.getEditors().map((u) => u.getEmail()),
    me: op.svc.Session.getEffectiveUser().getEmail(),
  };
}

/**
 * The reset's steps, each done only if the sheet (read first) shows it is
 * not done yet, so a retry picks up where a run stopped; then the next
 * version is built (a build, itself safe to retry).
 */
function finishReset(op: Operation, j: Journal, read?: ArchiveFacts, keepLease = false): void {
  const { ss, lang } = op;
  const state = op.h.state;
  const old = slaTab(state, j.sheetId);
  const archive = j.sheetId === null ? null : ss.getSheetById(j.sheetId);
  const archiveName = j.archiveName ?? '';
  if (archive && old) {
    const facts = read ?? readArchiveFacts(op, archive, old);
    if (facts.name !== archiveName) archive.setName(archiveName);
    // Fixed before the tab is protected: its as-of date and review line never move again.
    if (j.frozen) freezeArchive(archive, old.settings, j.frozen.month, j.frozen.review);
    const suffix = `_v${old.settings.agreementVersion}`;
    for (const [nr, name] of facts.names) nr.setName(`${name}${suffix}`);
    // Google's example: the current user first, then no one else, and not the whole domain.
    const protection = (facts.protection ?? archive.protect()).setDescription(
      t('review.reset.protected', undefined, slaLang(old.settings)),
    );
    if (facts.me) protection.addEditor(facts.me);
    const others = facts.editors.filter((e) => e !== facts.me);
    if (others.length) protection.removeEditors(others);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }
  // The archive is recorded before the next version takes the tab's name.
  const archived: AddonState = {
    ...state,
    tabs: old
      ? withTab(state, {
          kind: 'archive',
          sheetId: old.sheetId,
          id: old.id,
          version: old.settings.agreementVersion,
        })
      : state.tabs,
    current: null,
    journal: {
      op: 'build',
      archiveName,
      ...(old ? { slaId: old.id } : {}),
      sheetName: j.sheetName,
      sheetId: null,
      previous: j.previous,
      next: j.next,
      agreement: j.agreement,
    },
  };
  op.finishStep(archived);
  const settings = requireSettings({ ...j.next, agreement: j.agreement }, lang);
  build(op, archived, settings, { slaId: old?.id, keepLease });
}

/** The review reminder as the tab shows it (a formula's result), read before any write. */
function reviewLine(values: ReadCell[][], settings: Settings): string {
  const v = values[layout(settings).review - 1]?.[0];
  return typeof v === 'string' ? v : '';
}

const settingsOfTab = (tab: SlaTab): Settings => requireSettings({ ...tab.settings }, 'en');

// Another operation that finds a cut-off reset finishes it first (see rollForward).
onResetJournal((op, j) => {
  finishReset(op, j, undefined, true);
  return op.h.state;
});
