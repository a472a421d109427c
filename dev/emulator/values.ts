/**
 * Computed cell values as the three audiences see them: the add-on
 * (getValues: Date objects of the vm realm for date cells, '' for blanks,
 * error codes as strings), the harness (PlainValue: dates as ISO strings),
 * and the screen (display strings through the number format).
 */
import type { PlainValue } from './contract';
import type { Doc } from './document';
import { type EngineValue, isCellErr } from './engine';
import { type LocaleInfo, localeInfo } from './locale';
import type { SheetData } from './model';
import { formatValue, isDateFormat } from './number-format';
import { serialToMs } from './tz';

/** The number format that applies: the cell's own, or the date format Sheets infers for DATE()/TODAY() results. */
export function effectiveFormat(
  doc: Doc,
  sheet: SheetData,
  row: number,
  col: number,
  v: EngineValue,
): string | undefined {
  const own = sheet.metaAt(row, col)?.numberFormat;
  if (own) return own;
  if (typeof v !== 'number') return undefined;
  const kind = doc.dateKind(sheet, row, col, v);
  if (!kind) return undefined;
  const loc = localeInfo(doc.locale);
  return kind === 'date' ? loc.date : kind === 'time' ? loc.time : loc.dateTime;
}

export type GasValue = string | number | boolean | Date;

/** getValues(): `dateCtor` is the vm context's Date so `instanceof Date` holds in the add-on. */
export function toGasValue(
  v: EngineValue,
  fmt: string | undefined,
  timeZone: string,
  dateCtor: DateConstructor,
): GasValue {
  if (v === null) return '';
  if (isCellErr(v)) return v.error;
  if (typeof v === 'number' && isDateFormat(fmt)) return new dateCtor(serialToMs(v, timeZone));
  return v;
}

/** Harness view: dates as ISO instants. */
export function toPlainValue(
  v: EngineValue,
  fmt: string | undefined,
  timeZone: string,
): PlainValue {
  if (v === null) return '';
  if (isCellErr(v)) return v.error;
  if (typeof v === 'number' && isDateFormat(fmt))
    return new Date(serialToMs(v, timeZone)).toISOString();
  return v;
}

export function toDisplay(v: EngineValue, fmt: string | undefined, loc: LocaleInfo): string {
  if (isCellErr(v)) return v.error;
  return formatValue(v, fmt, loc);
}
