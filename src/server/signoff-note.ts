/**
 * What changed since the last signed version, in words: for the sidebar and
 * for the line the live tab shows under its review reminder. Kept apart from
 * src/server/signoff.ts so a build can use it without an import cycle.
 */
import { t } from '../api/messages';
import type { Settings } from '../api/settings';
import { type Change, changesSince, type SignOffRecord, termsOf } from '../core/signoff';
import type { Operation } from './operation';
import { type AddonState, signoffRecord } from './state';

export function changeLines(
  record: SignOffRecord,
  settings: Settings,
  lang: string,
  locale: string,
): string[] {
  const tag = locale.replace(/_/g, '-');
  const num = (x: number) => new Intl.NumberFormat(tag).format(x);
  const pct = (x: number) =>
    new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 }).format(x);
  const change = (c: Change): string => {
    if (c.field === 'rate')
      return t(
        'signoff.change.rate',
        { from: c.from, to: c.to, before: pct(c.before), after: pct(c.after) },
        lang,
      );
    if (c.field === 'stages')
      return t(
        'signoff.change.stages',
        { before: c.before.join(', '), after: c.after.join(', ') },
        lang,
      );
    const show = (x: number | string) => (typeof x === 'number' ? num(x) : x);
    return t(`signoff.change.${c.field}`, { before: show(c.before), after: show(c.after) }, lang);
  };
  return changesSince(record, termsOf(settings)).map(change);
}

/**
 * The line the live tab shows under its review reminder when the terms
 * changed since the last signed version (undefined when they did not). An
 * unsigned agreement (the usual build) costs no call: the record is in the state.
 */
export function signoffNote(
  op: Operation,
  state: AddonState,
  slaId: string,
  settings: Settings,
): string | undefined {
  const record = signoffRecord(state, slaId);
  const last = record.signed[record.signed.length - 1];
  if (!last) return undefined;
  const lines = changeLines(record, settings, op.lang, op.ss.getSpreadsheetLocale());
  if (lines.length === 0) return undefined;
  return t(
    'signoff.tabNote',
    { version: last.version, next: last.version + 1, changes: lines.join('; ') },
    op.lang,
  );
}
