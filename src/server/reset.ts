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
import { SHEETS_FIELDS, sheetFacts } from '../gas/api';
import { services } from '../gas/services';
import type { ApiRequest } from '../gas/sheets-api';
import type { GProtection, GSheet, GSpreadsheet, Services } from '../gas/surface';
import { rowData, serialIn } from '../sheet/api-cells';
import { frozenCells } from '../sla/freeze';
import { layout } from '../sla/layout';
import { previousFrom, previousToJson, type ReadCell } from '../sla/previous';
import { monthKey, monthList, renderSla } from '../sla/render';
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
    const facts = readArchiveFacts(op, r.sla, r.live.tab);
    if (facts.titles.has(archiveName.toLowerCase()))
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
    finishReset(op, journal, facts);
    return { sheetName, archivedSheetName: archiveName };
  });
}

/** What the reset's steps check, read before its first write (a read after a write flushes). */
interface ArchiveFacts {
  /** The tab's title now. */
  name: string;
  /** Every tab's title, lower case (Sheets' titles are unique regardless of case). */
  titles: Set<string>;
  /** The tab's plain SLA_ names (to suffix), by the API's id. */
  names: [string, string][];
  /** A protection the tab already has (the user's): adjusted, not doubled. */
  protection: GProtection | null;
  /** The spreadsheet's editors, read only when that protection must drop them. */
  editors: string[];
  me: string;
}

function readArchiveFacts(op: Operation, sheet: GSheet, old: SlaTab): ArchiveFacts {
  const structure = op.api.get(`namedRanges(namedRangeId,name,range),${SHEETS_FIELDS}`);
  const sheets = sheetFacts(structure);
  const ours = new Set(renderSla(settingsOfTab(old), '').namedRanges.map((n) => n.name));
  const names = (structure.namedRanges ?? [])
    .filter((n) => (n.range?.sheetId ?? 0) === old.sheetId && ours.has(n.name ?? ''))
    .map((n): [string, string] => [n.namedRangeId ?? '', n.name ?? '']);
  const protection = sheet.getProtections(op.svc.SpreadsheetApp.ProtectionType.SHEET)[0] ?? null;
  return {
    name: sheets.find((x) => x.sheetId === old.sheetId)?.title ?? '',
    titles: new Set(sheets.map((x) => x.title.toLowerCase())),
    names,
    protection,
    // Read with the other facts: a read after the protection's writes would flush them.
    editors: protection ? op.ss.getEditors().map((u) => u.getEmail()) : [],
    me: op.svc.Session.getEffectiveUser().getEmail(),
  };
}

/**
 * The archive in ONE atomic batch — renamed, its TODAY() cells frozen, its
 * names suffixed, protected — with the record that lists it and the next
 * version's build journal: a cut-off reset has either not started or is a
 * build to finish. Then the next version is built (a build, itself safe to retry).
 */
function finishReset(op: Operation, j: Journal, read?: ArchiveFacts, keepLease = false): void {
  const { ss, lang } = op;
  const state = op.h.state;
  const old = slaTab(state, j.sheetId);
  const archive = j.sheetId === null ? null : ss.getSheetById(j.sheetId);
  const archiveName = j.archiveName ?? '';
  const requests: ApiRequest[] = [];
  if (archive && old) {
    const facts = read ?? readArchiveFacts(op, archive, old);
    requests.push(...archiveRequests(op, old, j, facts));
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
  op.commitStep(archived, requests);
  const settings = requireSettings({ ...j.next, agreement: j.agreement }, lang);
  build(op, archived, settings, { slaId: old?.id, keepLease });
}

function archiveRequests(
  op: Operation,
  old: SlaTab,
  j: Journal,
  facts: ArchiveFacts,
): ApiRequest[] {
  const sheetId = old.sheetId;
  const requests: ApiRequest[] = [];
  const title = j.archiveName ?? '';
  if (facts.name !== title)
    requests.push({ updateSheetProperties: { properties: { sheetId, title }, fields: 'title' } });
  // Fixed before the tab is protected: its as-of date and review line never move again.
  if (j.frozen) {
    // The frozen cells hold a text and a formula, never a date: the zone does not matter.
    const toSerial = serialIn('Etc/UTC', op.svc.Utilities.formatDate);
    for (const c of frozenCells(layout(old.settings), j.frozen.month, j.frozen.review))
      requests.push({
        updateCells: {
          start: { sheetId, rowIndex: c.row - 1, columnIndex: c.col - 1 },
          rows: rowData([[c.value]], toSerial),
          fields: 'userEnteredValue',
        },
      });
  }
  const suffix = `_v${old.settings.agreementVersion}`;
  for (const [namedRangeId, name] of facts.names)
    requests.push({
      updateNamedRange: { namedRange: { namedRangeId, name: `${name}${suffix}` }, fields: 'name' },
    });
  const description = t('review.reset.protected', undefined, slaLang(old.settings));
  if (facts.protection) adjustProtection(op, facts, facts.protection, description);
  // Google's advice for a sheet made read-only: the current user edits, no one else, not the domain.
  else
    requests.push({
      addProtectedRange: {
        protectedRange: {
          range: { sheetId },
          description,
          editors: { users: facts.me ? [facts.me] : [], domainUsersCanEdit: false },
        },
      },
    });
  return requests;
}

/** A protection the user had already put on the tab: made read-only like ours, then flushed before the batch. */
function adjustProtection(
  op: Operation,
  facts: ArchiveFacts,
  p: GProtection,
  description: string,
): void {
  const { me } = facts;
  p.setDescription(description);
  if (me) p.addEditor(me);
  const others = facts.editors.filter((e) => e !== me);
  if (others.length) p.removeEditors(others);
  if (p.canDomainEdit()) p.setDomainEdit(false);
  op.svc.SpreadsheetApp.flush();
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
