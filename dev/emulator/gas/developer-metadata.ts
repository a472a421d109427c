/**
 * DeveloperMetadata, its location and finder, over the document's
 * MetadataStore. Rules (Google's):
 *  - metadata lives on the spreadsheet, a tab, or one entire row or column;
 *    any other range throws Google's "arbitrary ranges" message
 *    (https://developers.google.com/apps-script/reference/spreadsheet/range#adddevelopermetadatakey,
 *    recorded against Apps Script in
 *    https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetsdeveloper.js);
 *  - getDeveloperMetadata() of a spreadsheet / sheet / range returns the
 *    metadata AT that location only; a finder of the spreadsheet searches
 *    everything, of a sheet the sheet and its rows and columns;
 *  - default visibility DOCUMENT; keys are required;
 *  - at most 30,000 characters (keys + values) per location: the
 *    spreadsheet, or one tab with its rows and columns
 *    (https://developers.google.com/sheets/api/guides/metadata).
 */
import type {
  GDeveloperMetadata,
  GDeveloperMetadataFinder,
  GDeveloperMetadataLocation,
  GDeveloperMetadataLocationType,
  GDeveloperMetadataVisibility,
  GRange,
  GSheet,
} from '../../../src/gas/surface';
import {
  METADATA_CHARS_PER_LOCATION,
  type MetaLocation,
  type MetaSpec,
  type MetaVisibility,
  metaChars,
} from '../dev-metadata';
import type { SheetData } from '../model';
import { declared, enumName } from '../services/enums';
import { GasObject } from './boundary';
import { fail, type GasContext } from './context';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from './enums';
import { asRange, RangeImpl } from './range';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';

export const METADATA_MESSAGES = {
  arbitraryRange:
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  /** Wording ours: Google documents the limit, not its message. */
  tooBig: (where: string) =>
    `Developer metadata for ${where} would exceed the limit of ${METADATA_CHARS_PER_LOCATION} characters.`,
  removed: 'The developer metadata no longer exists.',
  key: 'Invalid argument: key',
} as const;

function visibilityName(v: unknown): MetaVisibility {
  const name = enumName(v);
  if (name !== 'DOCUMENT' && name !== 'PROJECT') fail('Invalid argument: visibility');
  return name;
}

function whereName(loc: MetaLocation): string {
  return loc.type === 'SPREADSHEET' ? 'the spreadsheet' : `sheet "${loc.sheet.name}"`;
}

/** Refuses a key/value that would overflow its location's 30,000 characters. */
function checkSize(ctx: GasContext, loc: MetaLocation, next: MetaSpec, except?: MetaSpec): void {
  if (ctx.doc.metadata.usedChars(loc, except) + metaChars(next) > METADATA_CHARS_PER_LOCATION) {
    fail(METADATA_MESSAGES.tooBig(whereName(loc)));
  }
}

/** The entire row or column a range stands for, or Google's error. */
export function rangeLocation(range: RangeImpl): MetaLocation {
  const { sheet, rect } = range;
  if (rect.rows === 1 && rect.col === 1 && rect.cols === sheet.maxCols) {
    return { type: 'ROW', sheet, start: rect.row, count: 1 };
  }
  if (rect.cols === 1 && rect.row === 1 && rect.rows === sheet.maxRows) {
    return { type: 'COLUMN', sheet, start: rect.col, count: 1 };
  }
  return fail(METADATA_MESSAGES.arbitraryRange);
}

/** addDeveloperMetadata(key[, value][, visibility]) on any location. */
export function addMetadata(
  ctx: GasContext,
  location: MetaLocation,
  key: unknown,
  a?: unknown,
  b?: unknown,
): void {
  if (typeof key !== 'string' || key === '') fail(METADATA_MESSAGES.key);
  const value = typeof a === 'string' ? a : null;
  const vis = typeof a === 'string' || a === undefined ? b : a;
  const spec: MetaSpec = {
    id: ctx.doc.newObjectId(),
    key,
    value,
    visibility: vis === undefined ? 'DOCUMENT' : visibilityName(vis),
    location,
  };
  checkSize(ctx, location, spec);
  ctx.doc.metadata.items.push(spec);
}

function sameLocation(a: MetaLocation, b: MetaLocation): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'SPREADSHEET' || b.type === 'SPREADSHEET') return true;
  if (a.sheet !== b.sheet) return false;
  if (a.type === 'SHEET' || b.type === 'SHEET') return true;
  return a.start === b.start && a.count === b.count;
}

/** Metadata exactly at `location` (getDeveloperMetadata of that object). */
export function metadataAt(ctx: GasContext, location: MetaLocation): DeveloperMetadataImpl[] {
  return ctx.doc.metadata.items
    .filter((m) => sameLocation(m.location, location))
    .map((m) => new DeveloperMetadataImpl(ctx, m));
}

export class DeveloperMetadataLocationImpl extends GasObject implements GDeveloperMetadataLocation {
  readonly gasKind = 'DeveloperMetadataLocation';

  constructor(
    private readonly ctx: GasContext,
    private readonly loc: MetaLocation,
  ) {
    super();
  }

  getLocationType(): GDeveloperMetadataLocationType {
    return declared<GDeveloperMetadataLocationType>(DeveloperMetadataLocationType[this.loc.type]);
  }
  getSpreadsheet(): SpreadsheetImpl | null {
    return this.loc.type === 'SPREADSHEET' ? new SpreadsheetImpl(this.ctx) : null;
  }
  getSheet(): SheetImpl | null {
    const loc = this.loc;
    return loc.type === 'SPREADSHEET' ? null : new SheetImpl(this.ctx, loc.sheet);
  }
  getRow(): RangeImpl | null {
    const loc = this.loc;
    if (loc.type !== 'ROW') return null;
    const rect = { row: loc.start, col: 1, rows: loc.count, cols: loc.sheet.maxCols };
    return new RangeImpl(this.ctx, loc.sheet, rect, { wholeRows: true });
  }
  getColumn(): RangeImpl | null {
    const loc = this.loc;
    if (loc.type !== 'COLUMN') return null;
    const rect = { row: 1, col: loc.start, rows: loc.sheet.maxRows, cols: loc.count };
    return new RangeImpl(this.ctx, loc.sheet, rect, { wholeCols: true });
  }
}

export class DeveloperMetadataImpl extends GasObject implements GDeveloperMetadata {
  readonly gasKind = 'DeveloperMetadata';

  constructor(
    private readonly ctx: GasContext,
    readonly spec: MetaSpec,
  ) {
    super();
  }

  /** The stored spec, or Google's error once removed (with its tab, row or by remove()). */
  private live(): MetaSpec {
    if (!this.ctx.doc.metadata.items.includes(this.spec)) fail(METADATA_MESSAGES.removed);
    return this.spec;
  }

  getId(): number {
    return this.live().id;
  }
  getKey(): string {
    return this.live().key;
  }
  getValue(): string | null {
    return this.live().value;
  }
  getVisibility(): GDeveloperMetadataVisibility {
    const v = this.live().visibility;
    return declared<GDeveloperMetadataVisibility>(DeveloperMetadataVisibility[v]);
  }
  getLocation(): DeveloperMetadataLocationImpl {
    return new DeveloperMetadataLocationImpl(this.ctx, this.live().location);
  }
  setKey(key: string): this {
    const spec = this.live();
    if (typeof key !== 'string' || key === '') fail(METADATA_MESSAGES.key);
    checkSize(this.ctx, spec.location, { ...spec, key }, spec);
    spec.key = key;
    return this;
  }
  setValue(value: string): this {
    const spec = this.live();
    const v = String(value);
    checkSize(this.ctx, spec.location, { ...spec, value: v }, spec);
    spec.value = v;
    return this;
  }
  setVisibility(visibility: GDeveloperMetadataVisibility): this {
    this.live().visibility = visibilityName(visibility);
    return this;
  }
  private moveTo(location: MetaLocation): this {
    const spec = this.live();
    checkSize(this.ctx, location, spec, spec);
    spec.location = location;
    return this;
  }
  moveToSpreadsheet(): this {
    return this.moveTo({ type: 'SPREADSHEET' });
  }
  moveToSheet(sheet: GSheet): this {
    if (!(sheet instanceof SheetImpl)) fail('Invalid argument: sheet');
    return this.moveTo({ type: 'SHEET', sheet: sheet.data });
  }
  moveToRow(row: GRange): this {
    const loc = rangeLocation(asRange(row));
    if (loc.type !== 'ROW') fail(METADATA_MESSAGES.arbitraryRange);
    return this.moveTo(loc);
  }
  moveToColumn(column: GRange): this {
    const loc = rangeLocation(asRange(column));
    if (loc.type !== 'COLUMN') fail(METADATA_MESSAGES.arbitraryRange);
    return this.moveTo(loc);
  }
  remove(): void {
    this.ctx.doc.metadata.remove(this.live());
  }
}

/** What a finder searches: everything (spreadsheet), a tab with its rows/columns, or one row/column. */
export type FinderScope =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: SheetData }
  | { type: 'RANGE'; sheet: SheetData; rows: [number, number]; cols: [number, number] };

function overlaps(a: [number, number], start: number, count: number): boolean {
  return start <= a[1] && start + count - 1 >= a[0];
}

function inScope(scope: FinderScope, loc: MetaLocation, intersecting: boolean): boolean {
  if (scope.type === 'SPREADSHEET') return true;
  if (loc.type === 'SPREADSHEET' || loc.sheet !== scope.sheet) return false;
  if (scope.type === 'SHEET') return true;
  if (loc.type === 'SHEET') return false;
  const full: [number, number] =
    loc.type === 'ROW' ? [1, scope.sheet.maxCols] : [1, scope.sheet.maxRows];
  const along = loc.type === 'ROW' ? scope.rows : scope.cols;
  const across = loc.type === 'ROW' ? scope.cols : scope.rows;
  if (intersecting) return overlaps(along, loc.start, loc.count);
  // Without onIntersectingLocations: the location must be exactly the range.
  return (
    along[0] === loc.start &&
    along[1] === loc.start + loc.count - 1 &&
    across[0] === full[0] &&
    across[1] === full[1]
  );
}

export class DeveloperMetadataFinderImpl extends GasObject implements GDeveloperMetadataFinder {
  readonly gasKind = 'DeveloperMetadataFinder';
  private readonly tests: ((m: MetaSpec) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly ctx: GasContext,
    private readonly scope: FinderScope,
  ) {
    super();
  }

  withId(id: number): this {
    this.tests.push((m) => m.id === Number(id));
    return this;
  }
  withKey(key: string): this {
    this.tests.push((m) => m.key === String(key));
    return this;
  }
  withValue(value: string): this {
    this.tests.push((m) => m.value === String(value));
    return this;
  }
  withLocationType(locationType: GDeveloperMetadataLocationType): this {
    const type = enumName(locationType);
    this.tests.push((m) => m.location.type === type);
    return this;
  }
  withVisibility(visibility: GDeveloperMetadataVisibility): this {
    const v = visibilityName(visibility);
    this.tests.push((m) => m.visibility === v);
    return this;
  }
  onIntersectingLocations(): this {
    this.intersecting = true;
    return this;
  }
  find(): DeveloperMetadataImpl[] {
    return this.ctx.doc.metadata.items
      .filter((m) => inScope(this.scope, m.location, this.intersecting))
      .filter((m) => this.tests.every((t) => t(m)))
      .map((m) => new DeveloperMetadataImpl(this.ctx, m));
  }
}

/** A range's finder scope (its rows and columns). */
export function rangeScope(range: RangeImpl): FinderScope {
  const { sheet, rect } = range;
  return {
    type: 'RANGE',
    sheet,
    rows: [rect.row, rect.row + rect.rows - 1],
    cols: [rect.col, rect.col + rect.cols - 1],
  };
}
