/** The add-on's record in the spreadsheet, its lease, and the tabs it owns. */
export const stateMessages = {
  'op.err.busy':
    'Funnel SLA is busy with another change to this spreadsheet. Try again in a moment.',
  'state.err.corrupt':
    'The Funnel SLA record in this spreadsheet cannot be read. Nothing was changed.',
  'state.err.newer':
    'This spreadsheet was last changed by a newer version of Funnel SLA. Reload the page and try again.',
  'state.err.tooBig':
    'This change would make the Funnel SLA record in this spreadsheet too large ({kb} KB). Nothing was changed: shorten the texts or remove old SLA tabs.',
  'state.err.settings':
    'The saved settings of this SLA tab are no longer valid: {errors} Open the sidebar, correct them and update the tab (the tab and its data stay as they are).',
  'lang.err.unknown': 'Unknown language "{code}". Choose one of: {known}.',
  'state.err.slaTabGone': 'The SLA tab was deleted. Build it again from the sidebar.',
  'settings.err.tabArchive':
    '"{name}" is an archived version of the SLA and stays read-only. Build the current version instead.',
  'settings.err.tabSigned':
    '"{name}" is the signed snapshot of an agreed version and stays read-only. Build the current version instead.',
  'settings.err.tabOwnLog':
    '"{name}" is the add-on\u2019s log or history tab; an SLA cannot be built over it. Choose another name.',
} as const;
