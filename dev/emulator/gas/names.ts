/**
 * Named ranges: Google's name rules and the NamedRange object.
 * Rules (Sheets help, "Name a range"): letters, numbers and underscores only;
 * not starting with a number; not TRUE/FALSE; 1–250 characters; not in A1
 * or R1C1 syntax. Names are case-insensitive.
 */
import type { GNamedRange, GRange } from '../../../src/gas/surface';
import type { NamedSpec } from '../document';
import { GasObject } from './boundary';
import { fail, type GasContext } from './context';
import { asRange, RangeImpl } from './range';

export const INVALID_NAME_MESSAGE =
  'Invalid name. Names must be 1-250 characters of letters, numbers and underscores, must not start with a number, must not be TRUE or FALSE, and must not look like a cell reference (A1 or R1C1).';

const A1_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/;

export function isValidRangeName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.length >= 1 &&
    name.length <= 250 &&
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !A1_LIKE.test(name) &&
    !R1C1_LIKE.test(name)
  );
}

export function checkNewName(ctx: GasContext, name: unknown, except?: NamedSpec): string {
  if (!isValidRangeName(name)) fail(INVALID_NAME_MESSAGE);
  const existing = ctx.doc.namedRange(name);
  if (existing && existing !== except)
    fail(`A named range with the name "${name}" already exists.`);
  return name;
}

export class NamedRangeImpl extends GasObject implements GNamedRange {
  readonly gasKind = 'NamedRange';
  constructor(
    private readonly ctx: GasContext,
    private spec: NamedSpec,
  ) {
    super();
  }
  private current(): NamedSpec {
    const now = this.ctx.doc.namedRange(this.spec.name);
    if (!now) fail(`Named range ${this.spec.name} not found.`);
    this.spec = now;
    return now;
  }
  getName(): string {
    return this.current().name;
  }
  setName(name: string): this {
    const spec = this.current();
    checkNewName(this.ctx, name, spec);
    this.ctx.doc.renameNamed(spec.name, name);
    this.spec = this.ctx.doc.namedRange(name) as NamedSpec;
    return this;
  }
  getRange(): RangeImpl {
    const spec = this.current();
    return new RangeImpl(this.ctx, spec.sheet, { ...spec.rect });
  }
  setRange(range: GRange): this {
    const spec = this.current();
    const r = asRange(range);
    this.ctx.doc.setNamed(spec.name, r.sheet, r.rect);
    return this;
  }
  remove(): void {
    this.ctx.doc.removeNamed(this.current().name);
  }
}
