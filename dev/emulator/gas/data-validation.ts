/** DataValidation rules: recorded specs; enforced on script writes in cell-ops. */
import type { GDataValidation, GDataValidationBuilder, GRange } from '../../../src/gas/surface';
import type { ValidationSpec } from '../model';
import { GasObject } from './boundary';
import type { GasContext } from './context';
import { DataValidationCriteria, enumValue } from './enums';
import { asRange, RangeImpl } from './range';

function criteriaValues(ctx: GasContext, spec: ValidationSpec): unknown[] {
  // Ranges go back out as Range objects, lists as arrays (Google's shapes).
  return spec.values.map((v) => {
    if (typeof v === 'object' && v !== null && 'sheet' in v && 'rect' in v) {
      return new RangeImpl(ctx, v.sheet, { ...v.rect });
    }
    return v;
  });
}

export class DataValidationImpl extends GasObject implements GDataValidation {
  readonly gasKind = 'DataValidation';
  constructor(
    private readonly ctx: GasContext,
    readonly spec: ValidationSpec,
  ) {
    super();
  }
  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.ctx, { ...this.spec, values: [...this.spec.values] });
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return enumValue(DataValidationCriteria, this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return criteriaValues(this.ctx, this.spec);
  }
  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

export class DataValidationBuilderImpl extends GasObject implements GDataValidationBuilder {
  readonly gasKind = 'DataValidationBuilder';
  constructor(
    private readonly ctx: GasContext,
    private readonly spec: ValidationSpec = {
      criteria: 'VALUE_IN_LIST',
      values: [],
      allowInvalid: true,
      helpText: null,
      showDropdown: true,
    },
  ) {
    super();
  }
  private crit(criteria: string, values: ValidationSpec['values'], showDropdown = true): this {
    this.spec.criteria = criteria;
    this.spec.values = values;
    this.spec.showDropdown = showDropdown;
    return this;
  }
  build(): DataValidationImpl {
    return new DataValidationImpl(this.ctx, { ...this.spec, values: [...this.spec.values] });
  }
  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.ctx, { ...this.spec, values: [...this.spec.values] });
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return enumValue(DataValidationCriteria, this.spec.criteria);
  }
  getCriteriaValues(): unknown[] {
    return criteriaValues(this.ctx, this.spec);
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): this {
    this.spec.allowInvalid = allowInvalidData;
    return this;
  }
  setHelpText(helpText: string): this {
    this.spec.helpText = helpText;
    return this;
  }
  requireCheckbox(): this {
    return this.crit('CHECKBOX', [], false);
  }
  requireValueInList(values: string[], showDropdown = true): this {
    return this.crit('VALUE_IN_LIST', [[...values].map(String)], showDropdown);
  }
  requireValueInRange(range: GRange, showDropdown = true): this {
    const r = asRange(range);
    return this.crit('VALUE_IN_RANGE', [{ sheet: r.sheet, rect: { ...r.rect } }], showDropdown);
  }
  requireNumberBetween(start: number, end: number): this {
    return this.crit('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThan(number: number): this {
    return this.crit('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): this {
    return this.crit('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): this {
    return this.crit('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): this {
    return this.crit('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireDate(): this {
    return this.crit('DATE_IS_VALID_DATE', []);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.crit('CUSTOM_FORMULA', [formula]);
  }
}
