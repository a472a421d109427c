/**
 * Apps Script enums the emulated spreadsheet exposes. Values are helper-3's
 * frozen enum objects (toString() is the name, identity comparison works);
 * they are typed as Google's declared enums because that is what the
 * surface (and the add-on) uses — one cast here instead of one per use.
 */
import { makeEnum } from '../services/enums';

type SS = typeof GoogleAppsScript.Spreadsheet;

export const BorderStyle = makeEnum([
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]) as unknown as SS['BorderStyle'];

export const WrapStrategy = makeEnum(['WRAP', 'OVERFLOW', 'CLIP']) as unknown as SS['WrapStrategy'];

export const ProtectionType = makeEnum(['RANGE', 'SHEET']) as unknown as SS['ProtectionType'];

export const Dimension = makeEnum(['COLUMNS', 'ROWS']) as unknown as SS['Dimension'];

export const InterpolationType = makeEnum([
  'NUMBER',
  'PERCENT',
  'PERCENTILE',
  'MIN',
  'MAX',
]) as unknown as SS['InterpolationType'];

export const DataValidationCriteria = makeEnum([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]) as unknown as SS['DataValidationCriteria'];

export const BooleanCriteria = makeEnum([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]) as unknown as SS['BooleanCriteria'];

export const ChartType = makeEnum([
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]) as unknown as typeof GoogleAppsScript.Charts.ChartType;

export const Button = makeEnum([
  'CLOSE',
  'OK',
  'CANCEL',
  'YES',
  'NO',
]) as unknown as typeof GoogleAppsScript.Base.Button;

export const ButtonSet = makeEnum([
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]) as unknown as typeof GoogleAppsScript.Base.ButtonSet;

/** The enum value of a name, typed as Google's enum. */
export function enumValue<E>(enumObj: E, name: string): E[keyof E] {
  return (enumObj as Record<string, E[keyof E]>)[name];
}

/** Raw (indexable by name); SpreadsheetApp exposes them typed as Google's declared enums. */
export const DeveloperMetadataVisibility = makeEnum(['DOCUMENT', 'PROJECT']);
export const DeveloperMetadataLocationType = makeEnum(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
