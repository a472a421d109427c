/**
 * The exact subset of the Apps Script API this add-on may use, as explicit
 * interfaces with narrowed return types. src/ code is typed against these
 * (obtained from `services()`), the emulator `implements` them, and the checks
 * at the bottom prove Google's own types are assignable to ours — so anything
 * written against this surface runs on the real services, and a method the
 * add-on calls but the emulator lacks is a compile error.
 *
 * Enums are Google's declared enum types (their runtime values are objects
 * whose `toString()` is the name); no logic lives here.
 */

import type { GSheetsApi } from './sheets-api';

type Int = number;

// ── Enums: Google's own declared types, so values flow both ways ─────────────
export type GBorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
export type GWrapStrategy = GoogleAppsScript.Spreadsheet.WrapStrategy;
export type GProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
export type GDeveloperMetadataVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
export type GDeveloperMetadataLocationType =
  GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
export type GDataValidationCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
export type GBooleanCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;
export type GInterpolationType = GoogleAppsScript.Spreadsheet.InterpolationType;
export type GDimension = GoogleAppsScript.Spreadsheet.Dimension;
export type GChartType = GoogleAppsScript.Charts.ChartType;
export type GButton = GoogleAppsScript.Base.Button;
export type GButtonSet = GoogleAppsScript.Base.ButtonSet;
export type GAuthMode = GoogleAppsScript.Script.AuthMode;
export type GEventType = GoogleAppsScript.Script.EventType;
export type GTriggerSource = GoogleAppsScript.Script.TriggerSource;
export type GWeekday = GoogleAppsScript.Base.Weekday;
export type GDigestAlgorithm = GoogleAppsScript.Utilities.DigestAlgorithm;
export type GMacAlgorithm = GoogleAppsScript.Utilities.MacAlgorithm;
export type GCharset = GoogleAppsScript.Utilities.Charset;
export type GSandboxMode = GoogleAppsScript.HTML.SandboxMode;
export type GXFrameOptionsMode = GoogleAppsScript.HTML.XFrameOptionsMode;

/** Font attributes are plain strings in Google's API. */
export type GFontWeight = 'normal' | 'bold';
export type GFontStyle = 'normal' | 'italic';
export type GFontLine = 'none' | 'underline' | 'line-through';
export type GHAlign = 'left' | 'center' | 'normal' | 'right';
export type GVAlign = 'top' | 'middle' | 'bottom';

/** What getValues() can hold: blanks are '', date cells are Date. */
export type GCellValue = string | number | boolean | Date;

// ── Spreadsheet service ──────────────────────────────────────────────────────
export interface GSpreadsheetApp {
  BorderStyle: typeof GoogleAppsScript.Spreadsheet.BorderStyle;
  WrapStrategy: typeof GoogleAppsScript.Spreadsheet.WrapStrategy;
  ProtectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  DataValidationCriteria: typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  BooleanCriteria: typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;
  InterpolationType: typeof GoogleAppsScript.Spreadsheet.InterpolationType;
  Dimension: typeof GoogleAppsScript.Spreadsheet.Dimension;
  DeveloperMetadataVisibility: typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  DeveloperMetadataLocationType: typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  flush(): void;
  getActive(): GSpreadsheet;
  getActiveSpreadsheet(): GSpreadsheet;
  /** Needs the `spreadsheets` scope (not `spreadsheets.currentonly`). */
  openById(id: string): GSpreadsheet;
  getActiveSheet(): GSheet;
  getActiveRange(): GRange;
  setActiveSheet(sheet: GSheet): GSheet;
  getUi(): GUi;
  newConditionalFormatRule(): GConditionalFormatRuleBuilder;
  newDataValidation(): GDataValidationBuilder;
  newTextStyle(): GTextStyleBuilder;
}

export interface GSpreadsheet {
  getId(): string;
  getName(): string;
  getUrl(): string;
  rename(newName: string): void;
  getSpreadsheetLocale(): string;
  setSpreadsheetLocale(locale: string): void;
  getSpreadsheetTimeZone(): string;
  setSpreadsheetTimeZone(timezone: string): void;
  getSheets(): GSheet[];
  getNumSheets(): Int;
  getSheetByName(name: string): GSheet | null;
  getSheetById(id: number): GSheet | null;
  getActiveSheet(): GSheet;
  setActiveSheet(sheet: GSheet): GSheet;
  getActiveRange(): GRange | null;
  insertSheet(): GSheet;
  insertSheet(sheetIndex: Int): GSheet;
  insertSheet(sheetName: string): GSheet;
  insertSheet(sheetName: string, sheetIndex: Int): GSheet;
  deleteSheet(sheet: GSheet): void;
  moveActiveSheet(pos: Int): void;
  getRange(a1Notation: string): GRange;
  getRangeList(a1Notations: string[]): GRangeList;
  getRangeByName(name: string): GRange | null;
  setNamedRange(name: string, range: GRange): void;
  getNamedRanges(): GNamedRange[];
  removeNamedRange(name: string): void;
  getProtections(type: GProtectionType): GProtection[];
  getEditors(): GUser[];
  toast(msg: string): void;
  toast(msg: string, title: string): void;
  toast(msg: string, title: string, timeoutSeconds: number | null): void;
  addDeveloperMetadata(key: string): GSpreadsheet;
  addDeveloperMetadata(key: string, visibility: GDeveloperMetadataVisibility): GSpreadsheet;
  addDeveloperMetadata(key: string, value: string): GSpreadsheet;
  addDeveloperMetadata(
    key: string,
    value: string,
    visibility: GDeveloperMetadataVisibility,
  ): GSpreadsheet;
  getDeveloperMetadata(): GDeveloperMetadata[];
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder;
}

export interface GSheet {
  getName(): string;
  setName(name: string): GSheet;
  getSheetName(): string;
  getSheetId(): Int;
  getIndex(): Int;
  getParent(): GSpreadsheet;
  activate(): GSheet;
  hideSheet(): GSheet;
  showSheet(): GSheet;
  isSheetHidden(): boolean;
  getTabColor(): string | null;
  setTabColor(color: string | null): GSheet;
  getRange(row: Int, column: Int): GRange;
  getRange(row: Int, column: Int, numRows: Int): GRange;
  getRange(row: Int, column: Int, numRows: Int, numColumns: Int): GRange;
  getRange(a1Notation: string): GRange;
  getRangeList(a1Notations: string[]): GRangeList;
  getDataRange(): GRange;
  getSheetValues(startRow: Int, startColumn: Int, numRows: Int, numColumns: Int): GCellValue[][];
  getLastRow(): Int;
  getLastColumn(): Int;
  getMaxRows(): Int;
  getMaxColumns(): Int;
  appendRow(rowContents: unknown[]): GSheet;
  clear(): GSheet;
  clear(options: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet;
  clearContents(): GSheet;
  clearFormats(): GSheet;
  clearNotes(): GSheet;
  insertRows(rowIndex: Int): void;
  insertRows(rowIndex: Int, numRows: Int): void;
  insertRowBefore(beforePosition: Int): GSheet;
  insertRowAfter(afterPosition: Int): GSheet;
  insertRowsBefore(beforePosition: Int, howMany: Int): GSheet;
  insertRowsAfter(afterPosition: Int, howMany: Int): GSheet;
  insertColumns(columnIndex: Int): void;
  insertColumns(columnIndex: Int, numColumns: Int): void;
  insertColumnBefore(beforePosition: Int): GSheet;
  insertColumnAfter(afterPosition: Int): GSheet;
  insertColumnsBefore(beforePosition: Int, howMany: Int): GSheet;
  insertColumnsAfter(afterPosition: Int, howMany: Int): GSheet;
  deleteRow(rowPosition: Int): GSheet;
  deleteRows(rowPosition: Int, howMany: Int): void;
  deleteColumn(columnPosition: Int): GSheet;
  deleteColumns(columnPosition: Int, howMany: Int): void;
  getFrozenRows(): Int;
  setFrozenRows(rows: Int): void;
  getFrozenColumns(): Int;
  setFrozenColumns(columns: Int): void;
  getColumnWidth(columnPosition: Int): Int;
  setColumnWidth(columnPosition: Int, width: Int): GSheet;
  setColumnWidths(startColumn: Int, numColumns: Int, width: Int): GSheet;
  autoResizeColumns(startColumn: Int, numColumns: Int): GSheet;
  getRowHeight(rowPosition: Int): Int;
  setRowHeight(rowPosition: Int, height: Int): GSheet;
  setRowHeights(startRow: Int, numRows: Int, height: Int): GSheet;
  hideColumns(columnIndex: Int): void;
  hideColumns(columnIndex: Int, numColumns: Int): void;
  showColumns(columnIndex: Int): void;
  showColumns(columnIndex: Int, numColumns: Int): void;
  hideRows(rowIndex: Int): void;
  hideRows(rowIndex: Int, numRows: Int): void;
  showRows(rowIndex: Int): void;
  showRows(rowIndex: Int, numRows: Int): void;
  isColumnHiddenByUser(columnPosition: Int): boolean;
  isRowHiddenByUser(rowPosition: Int): boolean;
  getNamedRanges(): GNamedRange[];
  protect(): GProtection;
  getProtections(type: GProtectionType): GProtection[];
  getConditionalFormatRules(): GConditionalFormatRule[];
  setConditionalFormatRules(rules: GConditionalFormatRule[]): void;
  clearConditionalFormatRules(): void;
  newChart(): GEmbeddedChartBuilder;
  insertChart(chart: GEmbeddedChart): void;
  updateChart(chart: GEmbeddedChart): void;
  removeChart(chart: GEmbeddedChart): void;
  getCharts(): GEmbeddedChart[];
  addDeveloperMetadata(key: string): GSheet;
  addDeveloperMetadata(key: string, visibility: GDeveloperMetadataVisibility): GSheet;
  addDeveloperMetadata(key: string, value: string): GSheet;
  addDeveloperMetadata(
    key: string,
    value: string,
    visibility: GDeveloperMetadataVisibility,
  ): GSheet;
  getDeveloperMetadata(): GDeveloperMetadata[];
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder;
}

/** Options of Range.clear(); the same shape Google declares. */
export interface GClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

export interface GRange {
  getA1Notation(): string;
  getRow(): Int;
  getColumn(): Int;
  getLastRow(): Int;
  getLastColumn(): Int;
  getNumRows(): Int;
  getNumColumns(): Int;
  getHeight(): Int;
  getWidth(): Int;
  getGridId(): Int;
  getSheet(): GSheet;
  getCell(row: Int, column: Int): GRange;
  offset(rowOffset: Int, columnOffset: Int): GRange;
  offset(rowOffset: Int, columnOffset: Int, numRows: Int): GRange;
  offset(rowOffset: Int, columnOffset: Int, numRows: Int, numColumns: Int): GRange;
  activate(): GRange;
  isBlank(): boolean;
  // values and formulas
  getValue(): GCellValue;
  getValues(): GCellValue[][];
  setValue(value: unknown): GRange;
  setValues(values: unknown[][]): GRange;
  getDisplayValue(): string;
  getDisplayValues(): string[][];
  getFormula(): string;
  getFormulas(): string[][];
  setFormula(formula: string): GRange;
  setFormulas(formulas: string[][]): GRange;
  clear(): GRange;
  clear(options: GClearOptions): GRange;
  clearContent(): GRange;
  clearFormat(): GRange;
  clearNote(): GRange;
  clearDataValidations(): GRange;
  // formats and styles
  getNumberFormat(): string;
  getNumberFormats(): string[][];
  setNumberFormat(numberFormat: string): GRange;
  setNumberFormats(numberFormats: string[][]): GRange;
  getBackground(): string;
  getBackgrounds(): string[][];
  setBackground(color: string | null): GRange;
  setBackgrounds(color: (string | null)[][]): GRange;
  getFontColor(): string;
  setFontColor(color: string | null): GRange;
  setFontColors(colors: (string | null)[][]): GRange;
  getFontWeight(): GFontWeight;
  getFontWeights(): GFontWeight[][];
  setFontWeight(fontWeight: GFontWeight | null): GRange;
  setFontWeights(fontWeights: (GFontWeight | null)[][]): GRange;
  getFontStyle(): GFontStyle;
  setFontStyle(fontStyle: GFontStyle | null): GRange;
  setFontStyles(fontStyles: (GFontStyle | null)[][]): GRange;
  getFontLine(): GFontLine;
  setFontLine(fontLine: GFontLine | null): GRange;
  getFontSize(): Int;
  setFontSize(size: Int): GRange;
  setFontSizes(sizes: Int[][]): GRange;
  getFontFamily(): string;
  setFontFamily(fontFamily: string | null): GRange;
  getHorizontalAlignment(): string;
  getHorizontalAlignments(): string[][];
  setHorizontalAlignment(alignment: GHAlign | null): GRange;
  setHorizontalAlignments(alignments: (GHAlign | null)[][]): GRange;
  getVerticalAlignment(): string;
  setVerticalAlignment(alignment: GVAlign | null): GRange;
  setVerticalAlignments(alignments: (GVAlign | null)[][]): GRange;
  getWrap(): boolean;
  getWraps(): boolean[][];
  setWrap(isWrapEnabled: boolean): GRange;
  setWraps(isWrapEnabled: boolean[][]): GRange;
  setWrapStrategy(strategy: GWrapStrategy): GRange;
  setTextStyle(style: GTextStyle): GRange;
  getTextStyle(): GTextStyle;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): GRange;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: GBorderStyle | null,
  ): GRange;
  // merges, notes, validation, protection
  merge(): GRange;
  mergeAcross(): GRange;
  mergeVertically(): GRange;
  breakApart(): GRange;
  isPartOfMerge(): boolean;
  getMergedRanges(): GRange[];
  getNote(): string;
  getNotes(): string[][];
  setNote(note: string | null): GRange;
  setNotes(notes: (string | null)[][]): GRange;
  getDataValidation(): GDataValidation | null;
  getDataValidations(): (GDataValidation | null)[][];
  setDataValidation(rule: GDataValidation | null): GRange;
  setDataValidations(rules: (GDataValidation | null)[][]): GRange;
  insertCheckboxes(): GRange;
  protect(): GProtection;
  addDeveloperMetadata(key: string): GRange;
  addDeveloperMetadata(key: string, visibility: GDeveloperMetadataVisibility): GRange;
  addDeveloperMetadata(key: string, value: string): GRange;
  addDeveloperMetadata(
    key: string,
    value: string,
    visibility: GDeveloperMetadataVisibility,
  ): GRange;
  getDeveloperMetadata(): GDeveloperMetadata[];
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder;
}

export interface GRangeList {
  getRanges(): GRange[];
  activate(): GRangeList;
  setValue(value: unknown): GRangeList;
  setFormula(formula: string): GRangeList;
  setNumberFormat(numberFormat: string): GRangeList;
  setBackground(color: string | null): GRangeList;
  setFontColor(color: string | null): GRangeList;
  setFontWeight(fontWeight: GFontWeight | null): GRangeList;
  setFontStyle(fontStyle: GFontStyle | null): GRangeList;
  setFontSize(size: Int): GRangeList;
  setFontFamily(fontFamily: string | null): GRangeList;
  setHorizontalAlignment(alignment: GHAlign | null): GRangeList;
  setVerticalAlignment(alignment: GVAlign | null): GRangeList;
  setWrap(isWrapEnabled: boolean): GRangeList;
  setNote(note: string | null): GRangeList;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): GRangeList;
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: GBorderStyle | null,
  ): GRangeList;
  breakApart(): GRangeList;
  clear(): GRangeList;
  clear(options: GClearOptions): GRangeList;
  clearContent(): GRangeList;
  clearFormat(): GRangeList;
  clearNote(): GRangeList;
  clearDataValidations(): GRangeList;
}

/** Developer metadata: key/value tags on the spreadsheet, a tab, or whole rows / columns. */
export interface GDeveloperMetadata {
  getId(): Int;
  getKey(): string;
  getValue(): string | null;
  getVisibility(): GDeveloperMetadataVisibility;
  getLocation(): GDeveloperMetadataLocation;
  setKey(key: string): GDeveloperMetadata;
  setValue(value: string): GDeveloperMetadata;
  setVisibility(visibility: GDeveloperMetadataVisibility): GDeveloperMetadata;
  moveToSpreadsheet(): GDeveloperMetadata;
  moveToSheet(sheet: GSheet): GDeveloperMetadata;
  moveToRow(row: GRange): GDeveloperMetadata;
  moveToColumn(column: GRange): GDeveloperMetadata;
  remove(): void;
}

export interface GDeveloperMetadataLocation {
  getLocationType(): GDeveloperMetadataLocationType;
  getSpreadsheet(): GSpreadsheet | null;
  getSheet(): GSheet | null;
  getRow(): GRange | null;
  getColumn(): GRange | null;
}

export interface GDeveloperMetadataFinder {
  withId(id: Int): GDeveloperMetadataFinder;
  withKey(key: string): GDeveloperMetadataFinder;
  withValue(value: string): GDeveloperMetadataFinder;
  withLocationType(locationType: GDeveloperMetadataLocationType): GDeveloperMetadataFinder;
  withVisibility(visibility: GDeveloperMetadataVisibility): GDeveloperMetadataFinder;
  onIntersectingLocations(): GDeveloperMetadataFinder;
  find(): GDeveloperMetadata[];
}

export interface GNamedRange {
  getName(): string;
  setName(name: string): GNamedRange;
  getRange(): GRange;
  setRange(range: GRange): GNamedRange;
  remove(): void;
}

export interface GTextStyle {
  getFontFamily(): string | null;
  getFontSize(): Int | null;
  getForegroundColor(): string | null;
  isBold(): boolean | null;
  isItalic(): boolean | null;
  isStrikethrough(): boolean | null;
  isUnderline(): boolean | null;
  copy(): GTextStyleBuilder;
}

export interface GTextStyleBuilder {
  build(): GTextStyle;
  setBold(bold: boolean): GTextStyleBuilder;
  setItalic(italic: boolean): GTextStyleBuilder;
  setUnderline(underline: boolean): GTextStyleBuilder;
  setStrikethrough(strikethrough: boolean): GTextStyleBuilder;
  setFontSize(size: Int): GTextStyleBuilder;
  setFontFamily(fontFamily: string): GTextStyleBuilder;
  setForegroundColor(cssString: string): GTextStyleBuilder;
}

export interface GBooleanCondition {
  getBackground(): string | null;
  getBold(): boolean | null;
  getItalic(): boolean | null;
  getFontColor(): string | null;
  getStrikethrough(): boolean | null;
  getUnderline(): boolean | null;
  getCriteriaType(): GBooleanCriteria;
  getCriteriaValues(): unknown[];
}

export interface GConditionalFormatRule {
  copy(): GConditionalFormatRuleBuilder;
  getBooleanCondition(): GBooleanCondition | null;
  getRanges(): GRange[];
}

export interface GConditionalFormatRuleBuilder {
  build(): GConditionalFormatRule;
  copy(): GConditionalFormatRuleBuilder;
  getBooleanCondition(): GBooleanCondition | null;
  getRanges(): GRange[];
  setRanges(ranges: GRange[]): GConditionalFormatRuleBuilder;
  setBackground(color: string | null): GConditionalFormatRuleBuilder;
  setFontColor(color: string | null): GConditionalFormatRuleBuilder;
  setBold(bold: boolean | null): GConditionalFormatRuleBuilder;
  setItalic(italic: boolean | null): GConditionalFormatRuleBuilder;
  setStrikethrough(strikethrough: boolean | null): GConditionalFormatRuleBuilder;
  setUnderline(underline: boolean | null): GConditionalFormatRuleBuilder;
  whenCellEmpty(): GConditionalFormatRuleBuilder;
  whenCellNotEmpty(): GConditionalFormatRuleBuilder;
  whenFormulaSatisfied(formula: string): GConditionalFormatRuleBuilder;
  whenNumberBetween(start: number, end: number): GConditionalFormatRuleBuilder;
  whenNumberNotBetween(start: number, end: number): GConditionalFormatRuleBuilder;
  whenNumberEqualTo(number: number): GConditionalFormatRuleBuilder;
  whenNumberNotEqualTo(number: number): GConditionalFormatRuleBuilder;
  whenNumberGreaterThan(number: number): GConditionalFormatRuleBuilder;
  whenNumberGreaterThanOrEqualTo(number: number): GConditionalFormatRuleBuilder;
  whenNumberLessThan(number: number): GConditionalFormatRuleBuilder;
  whenNumberLessThanOrEqualTo(number: number): GConditionalFormatRuleBuilder;
  whenTextEqualTo(text: string): GConditionalFormatRuleBuilder;
  whenTextContains(text: string): GConditionalFormatRuleBuilder;
  whenTextDoesNotContain(text: string): GConditionalFormatRuleBuilder;
  whenTextStartsWith(text: string): GConditionalFormatRuleBuilder;
  whenTextEndsWith(text: string): GConditionalFormatRuleBuilder;
}

export interface GDataValidation {
  copy(): GDataValidationBuilder;
  getAllowInvalid(): boolean;
  getCriteriaType(): GDataValidationCriteria;
  getCriteriaValues(): unknown[];
  getHelpText(): string;
}

export interface GDataValidationBuilder {
  build(): GDataValidation;
  copy(): GDataValidationBuilder;
  getAllowInvalid(): boolean;
  getCriteriaType(): GDataValidationCriteria;
  getCriteriaValues(): unknown[];
  getHelpText(): string | null;
  setAllowInvalid(allowInvalidData: boolean): GDataValidationBuilder;
  setHelpText(helpText: string): GDataValidationBuilder;
  requireCheckbox(): GDataValidationBuilder;
  requireValueInList(values: string[]): GDataValidationBuilder;
  requireValueInList(values: string[], showDropdown: boolean): GDataValidationBuilder;
  requireValueInRange(range: GRange): GDataValidationBuilder;
  requireValueInRange(range: GRange, showDropdown: boolean): GDataValidationBuilder;
  requireNumberBetween(start: number, end: number): GDataValidationBuilder;
  requireNumberGreaterThan(number: number): GDataValidationBuilder;
  requireNumberGreaterThanOrEqualTo(number: number): GDataValidationBuilder;
  requireNumberLessThan(number: number): GDataValidationBuilder;
  requireNumberLessThanOrEqualTo(number: number): GDataValidationBuilder;
  requireDate(): GDataValidationBuilder;
  requireFormulaSatisfied(formula: string): GDataValidationBuilder;
}

export interface GProtection {
  getDescription(): string;
  setDescription(description: string): GProtection;
  isWarningOnly(): boolean;
  setWarningOnly(warningOnly: boolean): GProtection;
  canEdit(): boolean;
  getProtectionType(): GProtectionType;
  getRange(): GRange;
  getUnprotectedRanges(): GRange[];
  setUnprotectedRanges(ranges: GRange[]): GProtection;
  getEditors(): GUser[];
  addEditor(emailAddress: string): GProtection;
  removeEditors(emailAddresses: string[]): GProtection;
  setDomainEdit(editable: boolean): GProtection;
  canDomainEdit(): boolean;
  remove(): void;
}

export interface GContainerInfo {
  getAnchorColumn(): Int;
  getAnchorRow(): Int;
  getOffsetX(): Int;
  getOffsetY(): Int;
}

export interface GChartOptions {
  get(option: string): unknown;
}

export interface GEmbeddedChart {
  getChartId(): Int | null;
  getContainerInfo(): GContainerInfo;
  getNumHeaders(): Int;
  getOptions(): GChartOptions;
  getRanges(): GRange[];
  getTransposeRowsAndColumns(): boolean;
  modify(): GEmbeddedChartBuilder;
}

export interface GEmbeddedChartBuilder {
  addRange(range: GRange): GEmbeddedChartBuilder;
  removeRange(range: GRange): GEmbeddedChartBuilder;
  clearRanges(): GEmbeddedChartBuilder;
  getRanges(): GRange[];
  getChartType(): GChartType;
  setChartType(type: GChartType): GEmbeddedChartBuilder;
  getContainer(): GContainerInfo;
  setNumHeaders(headers: Int): GEmbeddedChartBuilder;
  setOption(option: string, value: unknown): GEmbeddedChartBuilder;
  setPosition(
    anchorRowPos: Int,
    anchorColPos: Int,
    offsetX: Int,
    offsetY: Int,
  ): GEmbeddedChartBuilder;
  setTransposeRowsAndColumns(transpose: boolean): GEmbeddedChartBuilder;
  build(): GEmbeddedChart;
}

export interface GCharts {
  ChartType: typeof GoogleAppsScript.Charts.ChartType;
}

// ── UI ───────────────────────────────────────────────────────────────────────
export interface GUi {
  Button: typeof GoogleAppsScript.Base.Button;
  ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  alert(prompt: string): GButton;
  alert(prompt: string, buttons: GButtonSet): GButton;
  alert(title: string, prompt: string, buttons: GButtonSet): GButton;
  createAddonMenu(): GMenu;
  createMenu(caption: string): GMenu;
  showSidebar(userInterface: GHtmlOutput): void;
  showModalDialog(userInterface: GHtmlOutput, title: string): void;
  showModelessDialog(userInterface: GHtmlOutput, title: string): void;
}

export interface GMenu {
  addItem(caption: string, functionName: string): GMenu;
  addSeparator(): GMenu;
  addSubMenu(menu: GMenu): GMenu;
  addToUi(): void;
}

// ── HtmlService ──────────────────────────────────────────────────────────────
export interface GHtmlService {
  SandboxMode: typeof GoogleAppsScript.HTML.SandboxMode;
  XFrameOptionsMode: typeof GoogleAppsScript.HTML.XFrameOptionsMode;
  createHtmlOutput(): GHtmlOutput;
  createHtmlOutput(html: string): GHtmlOutput;
  createHtmlOutputFromFile(filename: string): GHtmlOutput;
  createTemplate(html: string): GHtmlTemplate;
  createTemplateFromFile(filename: string): GHtmlTemplate;
}

export interface GHtmlOutput {
  append(addedContent: string): GHtmlOutput;
  appendUntrusted(addedContent: string): GHtmlOutput;
  addMetaTag(name: string, content: string): GHtmlOutput;
  clear(): GHtmlOutput;
  getContent(): string;
  setContent(content: string): GHtmlOutput;
  getTitle(): string;
  setTitle(title: string): GHtmlOutput;
  getWidth(): Int;
  setWidth(width: Int): GHtmlOutput;
  getHeight(): Int;
  setHeight(height: Int): GHtmlOutput;
  setSandboxMode(mode: GSandboxMode): GHtmlOutput;
  setXFrameOptionsMode(mode: GXFrameOptionsMode): GHtmlOutput;
}

export interface GHtmlTemplate {
  evaluate(): GHtmlOutput;
  getCode(): string;
  getRawContent(): string;
  /** Template variables are set as properties, as in Apps Script. */
  [variable: string]: unknown;
}

// ── Properties, cache, lock ─────────────────────────────────────────────────
export interface GPropertiesService {
  getDocumentProperties(): GProperties;
  getScriptProperties(): GProperties;
  getUserProperties(): GProperties;
}

export interface GProperties {
  getProperty(key: string): string | null;
  getProperties(): { [key: string]: string };
  getKeys(): string[];
  setProperty(key: string, value: string): GProperties;
  setProperties(properties: { [key: string]: string }): GProperties;
  setProperties(properties: { [key: string]: string }, deleteAllOthers: boolean): GProperties;
  deleteProperty(key: string): GProperties;
  deleteAllProperties(): GProperties;
}

export interface GCacheService {
  getDocumentCache(): GCache | null;
  getScriptCache(): GCache;
  getUserCache(): GCache;
}

export interface GCache {
  get(key: string): string | null;
  getAll(keys: string[]): { [key: string]: string };
  put(key: string, value: string): void;
  put(key: string, value: string, expirationInSeconds: Int): void;
  putAll(values: { [key: string]: string }): void;
  putAll(values: { [key: string]: string }, expirationInSeconds: Int): void;
  remove(key: string): void;
  removeAll(keys: string[]): void;
}

export interface GLockService {
  getDocumentLock(): GLock;
  getScriptLock(): GLock;
  getUserLock(): GLock;
}

export interface GLock {
  hasLock(): boolean;
  releaseLock(): void;
  tryLock(timeoutInMillis: Int): boolean;
  waitLock(timeoutInMillis: Int): void;
}

// ── ScriptApp and triggers ───────────────────────────────────────────────────
export interface GScriptApp {
  AuthMode: typeof GoogleAppsScript.Script.AuthMode;
  EventType: typeof GoogleAppsScript.Script.EventType;
  TriggerSource: typeof GoogleAppsScript.Script.TriggerSource;
  WeekDay: typeof GoogleAppsScript.Base.Weekday;
  getProjectTriggers(): GTrigger[];
  getUserTriggers(spreadsheet: GSpreadsheet): GTrigger[];
  deleteTrigger(trigger: GTrigger): void;
  newTrigger(functionName: string): GTriggerBuilder;
  getScriptId(): string;
  getOAuthToken(): string;
}

export interface GTrigger {
  getEventType(): GEventType;
  getHandlerFunction(): string;
  getTriggerSource(): GTriggerSource;
  getTriggerSourceId(): string;
  getUniqueId(): string;
}

export interface GTriggerBuilder {
  timeBased(): GClockTriggerBuilder;
  forSpreadsheet(sheet: GSpreadsheet): GSpreadsheetTriggerBuilder;
  forSpreadsheet(key: string): GSpreadsheetTriggerBuilder;
}

export interface GClockTriggerBuilder {
  after(durationMilliseconds: Int): GClockTriggerBuilder;
  at(date: Date): GClockTriggerBuilder;
  atHour(hour: Int): GClockTriggerBuilder;
  nearMinute(minute: Int): GClockTriggerBuilder;
  everyMinutes(n: Int): GClockTriggerBuilder;
  everyHours(n: Int): GClockTriggerBuilder;
  everyDays(n: Int): GClockTriggerBuilder;
  everyWeeks(n: Int): GClockTriggerBuilder;
  onMonthDay(day: Int): GClockTriggerBuilder;
  onWeekDay(day: GWeekday): GClockTriggerBuilder;
  inTimezone(timezone: string): GClockTriggerBuilder;
  create(): GTrigger;
}

export interface GSpreadsheetTriggerBuilder {
  onOpen(): GSpreadsheetTriggerBuilder;
  onEdit(): GSpreadsheetTriggerBuilder;
  onChange(): GSpreadsheetTriggerBuilder;
  onFormSubmit(): GSpreadsheetTriggerBuilder;
  create(): GTrigger;
}

// ── Session, Utilities, UrlFetchApp, logging ─────────────────────────────────
export interface GUser {
  getEmail(): string;
}

export interface GSession {
  getActiveUser(): GUser;
  getEffectiveUser(): GUser;
  getActiveUserLocale(): string;
  getScriptTimeZone(): string;
  getTemporaryActiveUserKey(): string;
}

export interface GBlob {
  getBytes(): number[];
  getDataAsString(): string;
  getDataAsString(charset: string): string;
  getContentType(): string | null;
  setContentType(contentType: string | null): GBlob;
  getName(): string | null;
  setName(name: string): GBlob;
  setDataFromString(string: string): GBlob;
}

export interface GUtilities {
  DigestAlgorithm: typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  MacAlgorithm: typeof GoogleAppsScript.Utilities.MacAlgorithm;
  Charset: typeof GoogleAppsScript.Utilities.Charset;
  formatDate(date: Date, timeZone: string, format: string): string;
  formatString(template: string, ...args: unknown[]): string;
  parseDate(date: string, timeZone: string, format: string): Date;
  sleep(milliseconds: Int): void;
  getUuid(): string;
  base64Encode(data: number[]): string;
  base64Encode(data: string): string;
  base64Encode(data: string, charset: GCharset): string;
  base64EncodeWebSafe(data: number[]): string;
  base64EncodeWebSafe(data: string): string;
  base64Decode(encoded: string): number[];
  base64DecodeWebSafe(encoded: string): number[];
  computeDigest(algorithm: GDigestAlgorithm, value: number[]): number[];
  computeDigest(algorithm: GDigestAlgorithm, value: string): number[];
  computeDigest(algorithm: GDigestAlgorithm, value: string, charset: GCharset): number[];
  computeHmacSha256Signature(value: string, key: string): number[];
  computeHmacSignature(algorithm: GMacAlgorithm, value: string, key: string): number[];
  newBlob(data: string): GBlob;
  newBlob(data: string, contentType: string): GBlob;
  newBlob(data: string, contentType: string, name: string): GBlob;
  parseCsv(csv: string): string[][];
  parseCsv(csv: string, delimiter: string): string[][];
}

export type GHttpMethod = 'get' | 'delete' | 'patch' | 'post' | 'put';

export interface GFetchOptions {
  method?: GHttpMethod;
  contentType?: string;
  headers?: { [name: string]: string };
  payload?: string;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
  validateHttpsCertificates?: boolean;
  escaping?: boolean;
}

export interface GFetchRequest extends GFetchOptions {
  url: string;
}

export interface GHTTPResponse {
  getResponseCode(): Int;
  getContentText(): string;
  getContentText(charset: string): string;
  getContent(): number[];
  getHeaders(): object;
  getAllHeaders(): object;
  getBlob(): GBlob;
}

export interface GUrlFetchApp {
  fetch(url: string): GHTTPResponse;
  fetch(url: string, params: GFetchOptions): GHTTPResponse;
  fetchAll(requests: (GFetchRequest | string)[]): GHTTPResponse[];
}

export interface GLogger {
  log(data: unknown): GLogger;
  log(format: string, ...values: unknown[]): GLogger;
  getLog(): string;
  clear(): void;
}

/** Apps Script's console (Stackdriver logging). */
export interface GConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** Everything src/ may reach; `services()` returns the real globals typed as this. */
export interface Services {
  SpreadsheetApp: GSpreadsheetApp;
  /** The advanced Sheets service (appsscript.json enables it): batched, atomic writes. */
  Sheets: GSheetsApi;
  Charts: GCharts;
  HtmlService: GHtmlService;
  PropertiesService: GPropertiesService;
  CacheService: GCacheService;
  LockService: GLockService;
  ScriptApp: GScriptApp;
  Session: GSession;
  Utilities: GUtilities;
  UrlFetchApp: GUrlFetchApp;
  Logger: GLogger;
  console: GConsole;
}

// ── Compile-time proof: Google's real types are assignable to ours ───────────
// If Google's declaration of any method used here differs from ours, one of
// these lines stops compiling. They are erased by the bundler (type-only).
type Assignable<Ours, Real extends Ours> = [Ours, Real];
export type SurfaceChecks = [
  Assignable<GSpreadsheetApp, GoogleAppsScript.Spreadsheet.SpreadsheetApp>,
  Assignable<GSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>,
  Assignable<GSheet, GoogleAppsScript.Spreadsheet.Sheet>,
  Assignable<GRange, GoogleAppsScript.Spreadsheet.Range>,
  Assignable<GRangeList, GoogleAppsScript.Spreadsheet.RangeList>,
  Assignable<GNamedRange, GoogleAppsScript.Spreadsheet.NamedRange>,
  Assignable<GDeveloperMetadata, GoogleAppsScript.Spreadsheet.DeveloperMetadata>,
  Assignable<GDeveloperMetadataLocation, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>,
  Assignable<GDeveloperMetadataFinder, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>,
  Assignable<GTextStyle, GoogleAppsScript.Spreadsheet.TextStyle>,
  Assignable<GTextStyleBuilder, GoogleAppsScript.Spreadsheet.TextStyleBuilder>,
  Assignable<GBooleanCondition, GoogleAppsScript.Spreadsheet.BooleanCondition>,
  Assignable<GConditionalFormatRule, GoogleAppsScript.Spreadsheet.ConditionalFormatRule>,
  Assignable<
    GConditionalFormatRuleBuilder,
    GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
  >,
  Assignable<GDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>,
  Assignable<GDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>,
  Assignable<GProtection, GoogleAppsScript.Spreadsheet.Protection>,
  Assignable<GContainerInfo, GoogleAppsScript.Spreadsheet.ContainerInfo>,
  Assignable<GChartOptions, GoogleAppsScript.Charts.ChartOptions>,
  Assignable<GEmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>,
  Assignable<GEmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>,
  Assignable<GCharts, GoogleAppsScript.Charts.Charts>,
  Assignable<GUi, GoogleAppsScript.Base.Ui>,
  Assignable<GMenu, GoogleAppsScript.Base.Menu>,
  Assignable<GHtmlService, GoogleAppsScript.HTML.HtmlService>,
  Assignable<GHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>,
  Assignable<GHtmlTemplate, GoogleAppsScript.HTML.HtmlTemplate>,
  Assignable<GPropertiesService, GoogleAppsScript.Properties.PropertiesService>,
  Assignable<GProperties, GoogleAppsScript.Properties.Properties>,
  Assignable<GCacheService, GoogleAppsScript.Cache.CacheService>,
  Assignable<GCache, GoogleAppsScript.Cache.Cache>,
  Assignable<GLockService, GoogleAppsScript.Lock.LockService>,
  Assignable<GLock, GoogleAppsScript.Lock.Lock>,
  Assignable<GScriptApp, GoogleAppsScript.Script.ScriptApp>,
  Assignable<GTrigger, GoogleAppsScript.Script.Trigger>,
  Assignable<GTriggerBuilder, GoogleAppsScript.Script.TriggerBuilder>,
  Assignable<GClockTriggerBuilder, GoogleAppsScript.Script.ClockTriggerBuilder>,
  Assignable<GSpreadsheetTriggerBuilder, GoogleAppsScript.Script.SpreadsheetTriggerBuilder>,
  Assignable<GUser, GoogleAppsScript.Base.User>,
  Assignable<GSession, GoogleAppsScript.Base.Session>,
  Assignable<GBlob, GoogleAppsScript.Base.Blob>,
  Assignable<GUtilities, GoogleAppsScript.Utilities.Utilities>,
  Assignable<GHTTPResponse, GoogleAppsScript.URL_Fetch.HTTPResponse>,
  Assignable<GUrlFetchApp, GoogleAppsScript.URL_Fetch.UrlFetchApp>,
  Assignable<GLogger, GoogleAppsScript.Base.Logger>,
  Assignable<GConsole, Console>,
];
