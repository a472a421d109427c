/** The sidebar: sections, hints, stage list, monthly shape, preview, build feedback. */
export const sidebarMessages = {
  'sidebar.heading': 'Sales & marketing SLA',
  'sidebar.intro':
    'Set the goal and the funnel; the preview follows as you type. Build writes the agreement and its targets to an SLA tab.',
  'sidebar.loading': 'Loading the agreement…',
  'sidebar.loadFailed': 'The saved agreement could not be loaded, so defaults are shown. {error}',
  'sidebar.reviewDue':
    'This agreement is due for review (review date {date}): reset it with the conversion rates you have observed.',

  'sidebar.section.period': 'Period',
  'sidebar.section.goal': 'Goal',
  'sidebar.section.stages': 'Funnel stages',
  'sidebar.section.shape': 'Monthly shape',
  'sidebar.section.preview': 'Preview',
  'sidebar.section.commitments': 'Commitments',
  'sidebar.section.agreement': 'Agreement text',

  'sidebar.hint.reviewDate': 'Defaults to halfway through the period.',
  'sidebar.hint.stages':
    'Top of the funnel first; the last stage is won deals. Rates are percentages (30 means 30 %).',
  'sidebar.hint.tolerance':
    'Attainment this far below target shows “At risk”; further below, “Behind”.',
  'sidebar.hint.agreement': 'Both teams sign this text; edits made later in the tab are kept.',

  'sidebar.currency.other': 'Other…',
  'sidebar.field.currencyCode': 'Currency code',
  'sidebar.field.tolerance': 'Tolerance (%)',

  'sidebar.stage.name': 'Stage {n}',
  'sidebar.stage.remove': 'Remove stage {name}',
  'sidebar.stage.add': 'Add stage',
  'sidebar.stage.addHint': 'New stages go above the last stage.',
  'sidebar.stage.rate': 'Rate',
  'sidebar.stage.rateContext': 'from {from} to {to}, in percent',
  'sidebar.stage.days': 'Days',
  'sidebar.stage.daysContext': 'from {from} to {to}',
  'sidebar.stage.unnamed': 'stage {n}',
  'sidebar.stage.newName': 'New stage {n}',
  'sidebar.stage.added': 'Stage added above {name}.',
  'sidebar.stage.removed': 'Stage {name} removed; the rates around it were combined.',

  'sidebar.shape.even': 'Even',
  'sidebar.shape.growth': 'Growth ramp',
  'sidebar.shape.weights': 'Seasonality weights',
  'sidebar.shape.growthRate': 'Growth per month (%)',
  'sidebar.shape.month': 'Month {n}',
  'sidebar.shape.weightsHint': 'Relative weights: a month with 2 gets twice the target of a 1.',

  'sidebar.preview.stage': 'Stage',
  'sidebar.preview.needed': 'Needed in period',
  'sidebar.preview.perMonth': '{stage} per month',
  'sidebar.preview.month': 'Month',
  'sidebar.preview.count': 'Target',
  'sidebar.preview.total': 'Total',
  'sidebar.preview.deals': '{deals} deals of {dealSize} {currency} reach {goal} {currency}.',
  'sidebar.preview.lag': 'Moved {months} month(s) earlier for the sales cycle.',
  'sidebar.preview.invalid': 'Fix the highlighted fields to see the targets.',

  'sidebar.build': 'Build SLA tab',
  'sidebar.update': 'Update SLA tab',
  'sidebar.building': 'Building the SLA tab…',
  'sidebar.built': '“{name}” is ready and open.',
  'sidebar.buildFailed': 'The tab was not built. {error}',
  'sidebar.fixFields': 'Fix the highlighted fields first ({count}).',

  'sidebar.err.percent': '{field}: enter a percentage from {min} to {max}.',
  'sidebar.err.rate': '{field}: enter a percentage above 0 and at most 100.',
} as const;
