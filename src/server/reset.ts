/**
 * The mid-period reset: propose new conversion rates from the actuals, then
 * (once the user confirms) archive the current tab as a protected read-only
 * version whose named ranges carry a version suffix, and build the next
 * version for the remaining months under the tab's own name, which takes the
 * plain SLA_ names. All reads come first; the proposal and the reset share them.
 */
import { t } from '../api/messages';
import { ResetOptionsSchema, type ResetProposal, type ResetResult } from '../api/review';
import type { Settings } from '../api/settings';
import { achievedToDate, nextSettings, proposeRates, tabPeriodTargets } from '../core/review';
import { addMonths } from '../core/review/months';
import { commitPlan } from '../gas/commit';
import { services } from '../gas/services';
import type { GNamedRange, GSheet, GSpreadsheet, Services } from '../gas/surface';
import { layout } from '../sla/layout';
import { previousFrom, type ReadCell } from '../sla/previous';
import { monthKey, monthList, renderSla } from '../sla/render';
import { freezeArchive } from './archive-freeze';
import { currentAgreement } from './refresh';
import { saveSettings } from './settings-store';
import { userLang } from './sla';

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
}

function parse(input: unknown, lang: string) {
  const parsed = ResetOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((i) => i.path.join('.') || 'options').join(', ');
  throw new Error(t('review.reset.err.options', { fields }, lang));
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Everything a reset needs, read in one pass; nothing written. */
function readForReset(input: unknown): ResetRead {
  const svc = services();
  const lang = userLang(svc);
  const options = parse(input, lang);
  const { sheetName, settings } = currentAgreement(svc);
  const ss = svc.SpreadsheetApp.getActiveSpreadsheet();
  const sla = ss.getSheetByName(sheetName);
  if (!sla) throw new Error(t('refresh.err.noSlaTab', { name: sheetName }, lang));
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
  return { svc, ss, sla, sheetName, settings, values, formulas, proposal, options };
}

/** What a reset would do, for the sidebar to show before the user confirms. */
export function getResetProposal(options: unknown): ResetProposal {
  return readForReset(options).proposal;
}

export function resetSla(options: unknown): ResetResult {
  const r = readForReset(options);
  const { svc, ss, sla, sheetName, settings, proposal } = r;
  const lang = userLang(svc);
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
  // Our names, found before anything is written.
  const ours = new Set(renderSla(settings, sheetName).namedRanges.map((n) => n.name));
  const named: [GNamedRange, string][] = ss
    .getNamedRanges()
    .map((nr): [GNamedRange, string] => [nr, nr.getName()])
    .filter(([, name]) => ours.has(name));
  const previous = previousFrom(settings, r.values, r.formulas, next);
  const editors = ss.getEditors().map((u) => u.getEmail());

  // ---- writes ----
  sla.setName(archiveName);
  // The archive is a record: fix what depends on today (as-of date, review line).
  const archivedIn = svc.Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'yyyy-MM');
  freezeArchive(sla, settings, archivedIn, r.values);
  const suffix = `_v${settings.agreementVersion}`;
  for (const [nr, name] of named) nr.setName(`${name}${suffix}`);
  // Read-only: only the person resetting keeps edit rights (Sheets never removes the owner).
  sla
    .protect()
    .setDescription(t('review.reset.protected', undefined, lang))
    .removeEditors(editors);
  const plan = renderSla(next, sheetName, { ...previous, box: undefined });
  commitPlan(svc, ss, plan, { sheet: null, maxRows: 0, maxCols: 0 });
  saveSettings(svc.PropertiesService.getDocumentProperties(), archiveName, settings);
  saveSettings(svc.PropertiesService.getDocumentProperties(), sheetName, next);
  return { sheetName, archivedSheetName: archiveName };
}
