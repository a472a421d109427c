/** The pure core of variance review, diagnosis, monthly history and the mid-period reset. */
export {
  type Diagnosis,
  type DiagnosisCause,
  type DiagnosisInput,
  diagnose,
  type StageDiagnosis,
  type Team,
  type TeamSummary,
} from './diagnosis';
export { type HistoryRow, historyHeader, historyRows, monthsToArchive } from './history';
export {
  achievedToDate,
  nextSettings,
  type ResetAchievement,
  ResetError,
  type ResetErrorCode,
  remainingMonths,
} from './next-settings';
export {
  DEFAULT_MIN_RECORDS,
  DEFAULT_TRAILING_MONTHS,
  type ProposeRatesInput,
  proposeRates,
  type RateProposal,
  type RateReason,
} from './rate-proposal';
export { type TabTargets, tabPeriodTargets, tabTargets } from './tab-targets';
export {
  type Actual,
  statusOf,
  type TrackingFigures,
  type TrackingInput,
  trackingFigures,
  type Verdict,
  type YtdVerdict,
} from './tracking';
