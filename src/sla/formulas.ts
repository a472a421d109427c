/**
 * Native formulas of the SLA tab. No custom functions: the tab must work for
 * every collaborator and in an exported .xlsx, and evaluate identically in
 * Google Sheets and the local formula engine. Float safety: see ceilF.
 */

/**
 * Float-safe "round a count up", the formula twin of core's ceilCount: a
 * value within float noise of a whole number (5e-10, or 1e-12 relative above
 * ~500) counts as that number, so 21 / 0.7 = 30.000000000000004 gives 30 and
 * 19,299,131 / 0.172 = 112204250.00000001 gives 112,204,250. Counts are never
 * negative (MAX(0, …) also keeps ROUNDUP of a tiny negative from giving −1).
 */
export const ceilF = (x: string): string => `MAX(0,ROUNDUP(${x}-MAX(5/10^10,ABS(${x})/10^12),0))`;

/** Float-safe round to whole units (half away from zero, as Sheets' ROUND). */
export const roundF = (x: string, digits = 0): string => `ROUND(ROUND(${x},9),${digits})`;

/** A formula string literal (quotes doubled). */
export const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * Turns a catalog template such as `About {perMonth} a month` into a string
 * formula, each placeholder replaced by a formula expression.
 */
export function templateFormula(template: string, parts: Record<string, string>): string {
  // split() with a capture group alternates literal text and placeholder names.
  const pieces = template
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 ? (parts[piece] ?? str(`{${piece}}`)) : piece ? str(piece) : ''))
    .filter(Boolean);
  return `=${pieces.join('&') || '""'}`;
}
