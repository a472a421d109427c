/** Spreadsheet: the document as the add-on sees it (tabs, named ranges, locale, toast). */
import type {
  GDeveloperMetadataVisibility,
  GProtectionType,
  GRange,
  GSheet,
  GSpreadsheet,
  GUser,
} from '../../../src/gas/surface';
import { enumName } from '../services/enums';
import { GasObject } from './boundary';
import { signatureError } from './cell-ops';
import { fail, type GasContext } from './context';
import {
  addMetadata,
  DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  metadataAt,
} from './developer-metadata';
import { checkNewName, NamedRangeImpl } from './names';
import { ProtectionImpl } from './protection';
import { asRange, RangeImpl } from './range';
import type { RangeListImpl } from './range-list';
import { SheetImpl } from './sheet';
import { checkSheetName } from './tab-names';

export const missingNamedRange = (name: string): string => `Named range "${name}" not found.`;

export class SpreadsheetImpl extends GasObject implements GSpreadsheet {
  readonly gasKind = 'Spreadsheet';

  constructor(readonly ctx: GasContext) {
    super();
  }

  private get doc() {
    return this.ctx.doc;
  }

  getId(): string {
    return this.doc.id;
  }
  getName(): string {
    return this.doc.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.doc.id}/edit`;
  }
  rename(newName: string): void {
    this.doc.name = String(newName);
  }
  /** The owner and every user the emulator has let act on the document (all editors). */
  getEditors(): GUser[] {
    return [...this.ctx.editors].map((email) => ({ getEmail: () => email }));
  }
  getSpreadsheetLocale(): string {
    return this.doc.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(String(locale))) fail(`Invalid locale: ${locale}`);
    this.doc.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.doc.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      fail(`Invalid time zone: ${timezone}`);
    }
    this.doc.timeZone = timezone;
  }

  // ── tabs ──────────────────────────────────────────────────────────────────

  getSheets(): SheetImpl[] {
    return this.doc.sheets.map((s) => new SheetImpl(this.ctx, s));
  }
  getNumSheets(): number {
    return this.doc.sheets.length;
  }
  getSheetByName(name: string): SheetImpl | null {
    const s = this.doc.sheetByName(String(name));
    return s ? new SheetImpl(this.ctx, s) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    const s = this.doc.sheetById(id);
    return s ? new SheetImpl(this.ctx, s) : null;
  }
  getActiveSheet(): SheetImpl {
    const s = this.doc.activeSheet ?? this.doc.sheets[0];
    return new SheetImpl(this.ctx, s);
  }
  setActiveSheet(sheet: GSheet): SheetImpl {
    if (!(sheet instanceof SheetImpl)) signatureError('Spreadsheet', 'setActiveSheet', [sheet]);
    return sheet.activate();
  }
  getActiveRange(): RangeImpl | null {
    const a = this.ctx.activeRange;
    return a ? new RangeImpl(this.ctx, a.sheet, { ...a.rect }) : null;
  }
  /** insertSheet(), (index), (name), (name, index): index is 0-based; the new tab becomes active. */
  insertSheet(a?: string | number, b?: number): SheetImpl {
    const name = typeof a === 'string' ? checkSheetName(this.ctx, a) : this.doc.freeSheetName();
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this.doc.sheets.length;
    if (index < 0 || index > this.doc.sheets.length) fail('The sheet index is out of range.');
    const data = this.doc.addSheet(name, index);
    this.doc.activeSheet = data;
    return new SheetImpl(this.ctx, data);
  }
  deleteSheet(sheet: GSheet): void {
    if (!(sheet instanceof SheetImpl)) signatureError('Spreadsheet', 'deleteSheet', [sheet]);
    if (!this.doc.sheets.includes(sheet.data)) fail('The sheet has been deleted.');
    if (this.doc.sheets.filter((s) => !s.hidden && s !== sheet.data).length === 0) {
      fail("You can't remove all the visible sheets in a document.");
    }
    // A tab with protections the user may not edit cannot be deleted by them.
    const all = { row: 1, col: 1, rows: sheet.data.maxRows, cols: sheet.data.maxCols };
    this.ctx.guardWrite([{ sheet: sheet.data, rect: all }]);
    this.doc.removeSheet(sheet.data);
  }
  moveActiveSheet(pos: number): void {
    const active = this.doc.activeSheet;
    if (!active) return;
    if (pos < 1 || pos > this.doc.sheets.length) fail('The sheet index is out of range.');
    this.doc.moveSheet(active, pos - 1);
  }

  // ── ranges and names ──────────────────────────────────────────────────────

  getRange(a1Notation: string): RangeImpl {
    if (typeof a1Notation !== 'string') signatureError('Spreadsheet', 'getRange', [a1Notation]);
    return this.getActiveSheet().getRange(a1Notation);
  }
  getRangeList(a1Notations: string[]): RangeListImpl {
    return this.getActiveSheet().getRangeList(a1Notations);
  }
  getRangeByName(name: string): RangeImpl | null {
    const n = this.doc.namedRange(String(name));
    return n ? new RangeImpl(this.ctx, n.sheet, { ...n.rect }) : null;
  }
  setNamedRange(name: string, range: GRange): void {
    const r = asRange(range);
    checkNewName(this.ctx, name);
    this.doc.setNamed(name, r.sheet, r.rect);
  }
  getNamedRanges(): NamedRangeImpl[] {
    return [...this.doc.named.values()].map((n) => new NamedRangeImpl(this.ctx, n));
  }
  /** Google throws for a name that does not exist (issue 9; wording ours, see DIFFERENCES.md). */
  removeNamedRange(name: string): void {
    if (!this.doc.namedRange(String(name))) fail(missingNamedRange(String(name)));
    this.doc.removeNamed(String(name));
  }
  getProtections(type: GProtectionType): ProtectionImpl[] {
    const kind = enumName(type);
    return this.doc.sheets.flatMap((s) =>
      s.protections.filter((p) => p.type === kind).map((p) => new ProtectionImpl(this.ctx, s, p)),
    );
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.ctx.ui.toasts.push(
      title === undefined
        ? { message: String(msg) }
        : { message: String(msg), title: String(title) },
    );
  }

  // ── developer metadata ────────────────────────────────────────────────────

  addDeveloperMetadata(
    key: string,
    a?: string | GDeveloperMetadataVisibility,
    b?: GDeveloperMetadataVisibility,
  ): this {
    addMetadata(this.ctx, { type: 'SPREADSHEET' }, key, a, b);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataAt(this.ctx, { type: 'SPREADSHEET' });
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this.ctx, { type: 'SPREADSHEET' });
  }
}
