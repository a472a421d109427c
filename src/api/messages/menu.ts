/** Add-on menu and sidebar chrome. */
export const menuMessages = {
  'addon.name': 'Funnel SLA',
  'menu.open': 'Open Funnel SLA',
} as const;
