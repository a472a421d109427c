/** RangeList: one call applying the same change to several ranges of a tab. */
import type {
  GBorderStyle,
  GClearOptions,
  GFontStyle,
  GFontWeight,
  GHAlign,
  GRangeList,
  GVAlign,
} from '../../../src/gas/surface';
import { GasObject } from './boundary';
import type { WriteTarget } from './context';
import type { RangeImpl } from './range';

export class RangeListImpl extends GasObject implements GRangeList {
  readonly gasKind = 'RangeList';
  constructor(private readonly ranges: RangeImpl[]) {
    super();
  }
  override writeTargets(): WriteTarget[] {
    return this.ranges.flatMap((r) => r.writeTargets());
  }
  private each(fn: (r: RangeImpl) => unknown): this {
    for (const r of this.ranges) fn(r);
    return this;
  }
  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }
  activate(): this {
    const last = this.ranges[this.ranges.length - 1];
    if (last) last.activate();
    return this;
  }
  setValue(value: unknown): this {
    return this.each((r) => r.setValue(value));
  }
  setFormula(formula: string): this {
    return this.each((r) => r.setFormula(formula));
  }
  setNumberFormat(numberFormat: string): this {
    return this.each((r) => r.setNumberFormat(numberFormat));
  }
  setBackground(color: string | null): this {
    return this.each((r) => r.setBackground(color));
  }
  setFontColor(color: string | null): this {
    return this.each((r) => r.setFontColor(color));
  }
  setFontWeight(fontWeight: GFontWeight | null): this {
    return this.each((r) => r.setFontWeight(fontWeight));
  }
  setFontStyle(fontStyle: GFontStyle | null): this {
    return this.each((r) => r.setFontStyle(fontStyle));
  }
  setFontSize(size: number): this {
    return this.each((r) => r.setFontSize(size));
  }
  setFontFamily(fontFamily: string | null): this {
    return this.each((r) => r.setFontFamily(fontFamily));
  }
  setHorizontalAlignment(alignment: GHAlign | null): this {
    return this.each((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: GVAlign | null): this {
    return this.each((r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.each((r) => r.setWrap(isWrapEnabled));
  }
  setNote(note: string | null): this {
    return this.each((r) => r.setNote(note));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GBorderStyle | null,
  ): this {
    return this.each((r) =>
      r.setBorder(top, left, bottom, right, vertical, horizontal, color, style),
    );
  }
  breakApart(): this {
    return this.each((r) => r.breakApart());
  }
  clear(options?: GClearOptions): this {
    return this.each((r) => r.clear(options));
  }
  clearContent(): this {
    return this.each((r) => r.clearContent());
  }
  clearFormat(): this {
    return this.each((r) => r.clearFormat());
  }
  clearNote(): this {
    return this.each((r) => r.clearNote());
  }
  clearDataValidations(): this {
    return this.each((r) => r.clearDataValidations());
  }
}
