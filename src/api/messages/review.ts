/**
 * Variance review, diagnosis, monthly history and the mid-period reset
 * (src/core/review). Codes are the stable part: a cause, a rate reason or a
 * reset error renders as `t(\`review.diag.${cause}\`, params)` and so on.
 */
export const reviewMessages = {
  'review.diag.no_data': '{stage}: no actuals yet.',
  'review.diag.on_track': '{stage}: on track — {actual} of {target} to date ({attainment}).',
  'review.diag.volume_top':
    '{stage}: {shortfall} short of {target} to date — fewer came in than planned (volume).',
  'review.diag.volume':
    '{stage}: {shortfall} short of {target} to date — {prev} delivered {prevActual} of {prevTarget} (volume).',
  'review.diag.conversion':
    '{stage}: {shortfall} short of {target} to date — {prev}→{stage} converts at {actualRate} vs {plannedRate} planned (conversion).',
  'review.diag.both':
    '{stage}: {shortfall} short of {target} to date — {prev} delivered {prevActual} of {prevTarget} (volume) and {prev}→{stage} converts at {actualRate} vs {plannedRate} planned (conversion).',
  'review.diag.minor':
    '{stage}: {shortfall} short of {target} to date, with volume and conversion ({actualRate} vs {plannedRate} planned) within tolerance.',
  'review.diag.short': '{stage}: {shortfall} short of {target} to date.',

  'review.team.marketing': 'Marketing',
  'review.team.sales': 'Sales',
  'review.team.no_data': '{team}: no actuals yet.',
  'review.team.on_track': '{team}: on track on {stages}.',
  'review.team.short':
    '{team}: {status} — {count} of {total} stages short; biggest gap {stage} at {attainment} of target ({shortfall} short).',

  'review.rate.actual':
    'Observed over {months, plural, one {one month} other {# months}} from {records} records.',
  'review.rate.few_records':
    'Only {records} records over {months, plural, one {one month} other {# months}} (at least {min} needed): the planned rate stays.',
  'review.rate.no_data': 'No month has counts for both stages: the planned rate stays.',
  'review.rate.out_of_range':
    'The observed rate {rate} cannot be planned with (it must be above 0% and at most 100%): the planned rate stays.',

  'review.reset.err.options': 'The reset options are not valid ({fields}).',
  'review.reset.err.rates': 'Give one rate between each pair of stages ({expected} rates).',
  'review.reset.err.archiveExists':
    'A tab named "{name}" already exists. Rename it, then reset again.',
  'review.reset.protected':
    'Archived SLA version: read-only. The current version is in the tab without a version suffix.',
  'review.reset.err.bad_month': '"{value}" is not a month; use YYYY-MM.',
  'review.reset.err.as_of_before_start':
    'The agreement starts in {start}; a reset needs at least one complete month (as of {asOf}).',
  'review.reset.err.no_months_left':
    'No months of this agreement are left after {asOf} (it ends in {end}); start a new agreement period instead of a reset.',
  'review.reset.err.invalid_settings': "The next version's settings are not valid: {details}",

  'review.history.month': 'Month',
  'review.history.stage': 'Stage',
  'review.history.target': 'Target',
  'review.history.actual': 'Actual',
  'review.history.variance': 'Variance',
  'review.history.attainment': 'Attainment',
  'review.history.status': 'Status',
} as const;
