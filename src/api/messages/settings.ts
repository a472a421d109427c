/** Settings form: field labels, validation messages, default agreement text. */
export const settingsMessages = {
  'settings.field.periodStart': 'First month',
  'settings.field.months': 'Length in months',
  'settings.field.reviewDate': 'Review date',
  'settings.field.revenueGoal': 'Revenue goal',
  'settings.field.currency': 'Currency',
  'settings.field.dealSize': 'Average deal size',
  'settings.field.stages': 'Stage',
  'settings.field.rates': 'Conversion rate',
  'settings.field.lagDays': 'Days to next stage',
  'settings.field.shape': 'Monthly shape',
  'settings.field.tolerance': 'Tolerance',
  'settings.field.followUpHours': 'Follow-up within (hours)',
  'settings.field.minTouches': 'Minimum touches',
  'settings.field.feedbackDays': 'Feedback on rejected leads within (days)',
  'settings.field.agreement': 'Agreement',
  'settings.field.version': 'Settings version',
  'settings.field.sheetName': 'Tab name',
  'settings.field.agreementVersion': 'Agreement version',
  'settings.err.invalid': '{field}: this value is not valid.',
  'settings.err.number': '{field}: enter a number.',
  'settings.err.type': '{field}: this value has the wrong type.',
  'settings.err.required': '{field}: this field is required.',
  'settings.err.rateMax':
    '{field}: give a rate above 0 and at most 100% (as a decimal, 25% is 0.25).',
  'settings.err.choice': '{field}: choose one of the offered options.',
  'settings.err.min': '{field}: must be at least {min}.',
  'settings.err.gt': '{field}: must be greater than {min}.',
  'settings.err.max': '{field}: must be at most {max}.',
  'settings.err.lt': '{field}: must be less than {max}.',
  'settings.err.format.month': '{field}: use the form YYYY-MM, e.g. 2026-01.',
  'settings.err.format.day': '{field}: use the form YYYY-MM-DD, e.g. 2026-07-01.',
  'settings.err.ratesLength':
    '{field}: give one rate between each pair of stages (expected {expected}).',
  'settings.err.lagLength':
    '{field}: give one value between each pair of stages (expected {expected}).',
  'settings.err.stageDuplicate': '{field}: "{name}" is used twice; stage names must differ.',
  'settings.err.weightsLength': '{field}: give one weight per month (expected {expected}).',
  'settings.err.weightsZero': '{field}: at least one month needs a weight above 0.',
  'settings.err.tabTaken':
    'A tab named "{name}" already exists and was not built by Funnel SLA. Rename or delete that tab, then build again.',
  'settings.err.rejected': 'The settings were not saved: {errors}',
  'agreement.default.leadDefinition':
    'A contact who gave us a business e-mail and at least one fit signal (industry, company size or role) through a form, event or chat.',
  'agreement.default.mqlDefinition':
    'A lead that reached the agreed lead score (behaviour + fit) or asked for a demo, a quote or a call.',
  'agreement.default.sqlDefinition':
    'An MQL that sales accepted after a first conversation: a real need, a budget owner in reach and a timeframe within 6 months.',
  'agreement.default.handoverRules':
    'Marketing hands an MQL to sales within 1 business day with: name, company, role, source and campaign, pages and content seen, and the reason it qualified.',
  'agreement.default.marketingCommitments':
    'Marketing delivers the monthly MQL target below, reports MQLs by source every month and grows volume with the monthly shape agreed here.',
  'agreement.default.salesCommitments':
    'Sales makes the first follow-up within the agreed hours, makes the minimum number of touches before closing a lead out, gives feedback on every rejected lead within the agreed days, and records every touch in the CRM.',
  'agreement.default.notReadyLeads':
    'Leads that are not sales-ready go back to marketing for nurturing with the reason recorded; they return when they reach the MQL threshold again.',
  'agreement.default.shortfallPlan':
    'If MQLs fall short for two months in a row, marketing presents a recovery plan at the monthly meeting, and sales may fill the gap temporarily with outbound prospecting.',
  'agreement.default.reporting':
    'Both teams review this tab together every month; strategy is reviewed quarterly; the agreement is reset with real conversion rates at the review date.',
  'agreement.default.marketingOwner': 'Head of Marketing',
  'agreement.default.salesOwner': 'Head of Sales',
} as const;
