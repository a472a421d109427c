/**
 * The whole workbook as a plain, comparable picture: every tab's cells
 * (values, formulas, formats, styles), merges, sizes, charts, named ranges,
 * protections, developer metadata, the three property stores and the
 * installable triggers. Ids the emulator hands out (charts, protections,
 * metadata entries, triggers) are left out: they name objects, not state.
 */
import type { Emulator } from '../../dev/emulator/index';

export function workbook(e: Emulator): unknown {
  const view = e.view();
  const sheets = view.sheets.map((s) => ({
    ...s,
    charts: s.charts.map(({ id: _id, ...chart }) => chart),
  }));
  const doc = e.doc;
  const protections = doc.sheets.flatMap((s) =>
    s.protections.map(({ id: _id, editors, ...p }) => ({
      sheet: s.name,
      ...p,
      editors: [...editors].sort(),
    })),
  );
  const metadata = doc.metadata.items.map((m) => ({
    key: m.key,
    value: m.value,
    visibility: m.visibility,
    location: m.location.type,
    sheet: m.location.type === 'SPREADSHEET' ? null : m.location.sheet.name,
  }));
  const listed = e.listTriggers();
  const triggers = listed.map(({ id: _id, ...t }) => t);
  // A trigger id stored in a property names the trigger, not state: by its position instead.
  const byPosition = (store: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(store).map(([k, v]) => [
        k,
        listed.reduce((text, t, i) => text.split(`"${t.id}"`).join(`"trigger#${i}"`), v),
      ]),
    );
  return {
    ...view,
    sheets,
    protections,
    metadata,
    properties: {
      user: byPosition(e.properties('user')),
      document: byPosition(e.properties('document')),
      script: byPosition(e.properties('script')),
    },
    triggers,
  };
}
