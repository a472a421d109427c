/** Add-on menu and sidebar chrome. */
export const menuMessages = {
  'addon.name': 'Funnel SLA',
  'menu.open': 'Open Funnel SLA',
  'commit.err.missingTab':
    'The tab "{name}" is missing: it was deleted or renamed while Funnel SLA worked. Nothing was written; try again.',
} as const;
