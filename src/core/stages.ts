/** Which stage is which, by name: shared by the tab, the review and the sidebar preview. */

/**
 * The stage marketing hands to sales: an MQL-like name, else the fourth from
 * the bottom (Visits, Leads, **MQLs**, SQLs, Opportunities, Customers).
 */
export function handoverStage(stages: readonly string[]): number {
  const i = stages.findIndex((n) => /\bmql|marketing[\s-]*qualified/i.test(n));
  return i >= 0 ? i : Math.max(0, stages.length - 4);
}
