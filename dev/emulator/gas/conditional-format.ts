/**
 * Conditional format rules are stored as specs (criteria + format + ranges)
 * and evaluated only for the view (view/conditional.ts).
 */
import type {
  GBooleanCondition,
  GConditionalFormatRule,
  GConditionalFormatRuleBuilder,
  GRange,
} from '../../../src/gas/surface';
import type { RuleSpec } from '../model';
import { GasObject } from './boundary';
import { normalizeColor } from './colors';
import type { GasContext } from './context';
import { BooleanCriteria, enumValue } from './enums';
import { asRange, RangeImpl } from './range';

function cloneSpec(s: RuleSpec): RuleSpec {
  return {
    ranges: s.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
    criteria: s.criteria,
    values: [...s.values],
    format: { ...s.format },
  };
}

class BooleanConditionImpl extends GasObject implements GBooleanCondition {
  readonly gasKind = 'BooleanCondition';
  constructor(private readonly spec: RuleSpec) {
    super();
  }
  getBackground(): string | null {
    return this.spec.format.background ?? null;
  }
  getBold(): boolean | null {
    return this.spec.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.spec.format.italic ?? null;
  }
  getFontColor(): string | null {
    return this.spec.format.fontColor ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.spec.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this.spec.format.underline ?? null;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return enumValue(BooleanCriteria, this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }
}

export class ConditionalFormatRuleImpl extends GasObject implements GConditionalFormatRule {
  readonly gasKind = 'ConditionalFormatRule';
  constructor(
    private readonly ctx: GasContext,
    readonly spec: RuleSpec,
  ) {
    super();
  }
  copy(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this.ctx, cloneSpec(this.spec));
  }
  getBooleanCondition(): BooleanConditionImpl | null {
    return this.spec.criteria ? new BooleanConditionImpl(this.spec) : null;
  }
  getRanges(): RangeImpl[] {
    return this.spec.ranges.map((r) => new RangeImpl(this.ctx, r.sheet, { ...r.rect }));
  }
}

export class ConditionalFormatRuleBuilderImpl
  extends GasObject
  implements GConditionalFormatRuleBuilder
{
  readonly gasKind = 'ConditionalFormatRuleBuilder';
  constructor(
    private readonly ctx: GasContext,
    private readonly spec: RuleSpec = { ranges: [], criteria: '', values: [], format: {} },
  ) {
    super();
  }
  private when(criteria: string, values: (string | number)[]): this {
    this.spec.criteria = criteria;
    this.spec.values = values;
    return this;
  }
  build(): ConditionalFormatRuleImpl {
    // Google requires a condition and at least one format before build() succeeds? It does not
    // validate here; setConditionalFormatRules does. Keep build() permissive like Google.
    return new ConditionalFormatRuleImpl(this.ctx, cloneSpec(this.spec));
  }
  copy(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this.ctx, cloneSpec(this.spec));
  }
  getBooleanCondition(): BooleanConditionImpl | null {
    return this.spec.criteria ? new BooleanConditionImpl(this.spec) : null;
  }
  getRanges(): RangeImpl[] {
    return this.spec.ranges.map((r) => new RangeImpl(this.ctx, r.sheet, { ...r.rect }));
  }
  setRanges(ranges: GRange[]): this {
    this.spec.ranges = ranges.map((r) => {
      const x = asRange(r);
      return { sheet: x.sheet, rect: { ...x.rect } };
    });
    return this;
  }
  setBackground(color: string | null): this {
    this.spec.format.background = color ? normalizeColor(color) : null;
    return this;
  }
  setFontColor(color: string | null): this {
    this.spec.format.fontColor = color ? normalizeColor(color) : null;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.spec.format.bold = bold;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.spec.format.italic = italic;
    return this;
  }
  setStrikethrough(strikethrough: boolean | null): this {
    this.spec.format.strikethrough = strikethrough;
    return this;
  }
  setUnderline(underline: boolean | null): this {
    this.spec.format.underline = underline;
    return this;
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): this {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): this {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberNotEqualTo(number: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): this {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): this {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', [text]);
  }
}
