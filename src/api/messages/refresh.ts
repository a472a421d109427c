/** The actuals refresh: errors, summary, the SLA Log tab, the schedule. */
export const refreshMessages = {
  'actuals.source.other': 'Other',
  'refresh.err.noSla': 'Build the SLA tab first: the refresh fills its actuals.',
  'refresh.err.noSlaTab':
    'The SLA tab "{name}" is missing. Build it again from the sidebar, then refresh.',
  'refresh.err.noSource':
    'There is no tab named "{name}". Choose the tab that holds your CRM export.',
  'refresh.err.emptySource':
    'The tab "{name}" is empty. Paste your CRM export with its headers in the first row.',
  'refresh.err.sourceIsSla': '"{name}" is the SLA tab itself; choose the tab with the CRM export.',
  'refresh.err.unknownHeader':
    'The mapping names a column "{header}" that is not in the first row of "{name}".',
  'refresh.err.unknownStage':
    'The mapping names "{key}", which is neither a stage of this SLA nor a known field.',
  'refresh.err.nothingMapped':
    'No stage is mapped to a column of "{name}": map at least one stage date.',
  'refresh.err.busy':
    'Another refresh of this spreadsheet is running. Wait for it to finish, then try again.',
  'refresh.err.invalid': 'The refresh options are not valid: {errors}',
  'refresh.log.tab': 'SLA Log',
  'sidetab.sla': 'SLA',
  'sidetab.version': 'Version',
  'refresh.history.tab': 'SLA History',
  'refresh.log.when': 'When',
  'refresh.log.who': 'Who',
  'refresh.log.source': 'Source tab',
  'refresh.log.read': 'Rows read',
  'refresh.log.counted': 'Rows counted',
  'refresh.log.skipped': 'Rows skipped',
  'refresh.log.cells': 'Cells left out',
  'refresh.log.outside': 'Rows outside the period',
  'refresh.log.seconds': 'Duration (s)',
  'refresh.log.trigger': 'Started by',
  'refresh.log.bySidebar': 'sidebar',
  'refresh.log.byMenu': 'menu',
  'refresh.log.bySchedule': 'schedule',
  'refresh.log.unknownUser': '(unknown user)',
  'refresh.log.failed': 'scheduled refresh failed: {error}',
  'refresh.report.more': 'and {count} more',
  'refresh.schedule.setBy': '{schedule}, set by {by}',
  'refresh.schedule.notYours':
    'The schedule of this SLA was set by {by}. Your change replaces it: their trigger stops at its next run.',
  'refresh.toast.done': 'Actuals refreshed: {counted} of {read} rows counted, {skipped} skipped.',
  'refresh.toast.title': 'Funnel SLA',
  'refresh.menu': 'Refresh actuals',
  'refresh.err.noSavedSource':
    'No CRM export tab is set up yet. Open the sidebar, choose the tab and confirm the mapping once.',
} as const;
