/** SpreadsheetApp: the global the add-on starts from. */
import type { GCharts, GSheet, GSpreadsheetApp } from '../../../src/gas/surface';
import { declared } from '../services/enums';
import { GasObject } from './boundary';
import { ConditionalFormatRuleBuilderImpl } from './conditional-format';
import { fail, type GasContext } from './context';
import { DataValidationBuilderImpl } from './data-validation';
import {
  BooleanCriteria,
  BorderStyle,
  ChartType as ChartTypeEnum,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  InterpolationType,
  ProtectionType,
  WrapStrategy,
} from './enums';
import { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';
import { TextStyleBuilderImpl } from './text-style';
import { UiImpl } from './ui';

type SS = typeof GoogleAppsScript.Spreadsheet;

export class SpreadsheetAppImpl extends GasObject implements GSpreadsheetApp {
  readonly gasKind = 'SpreadsheetApp';
  readonly BorderStyle = BorderStyle;
  readonly WrapStrategy = WrapStrategy;
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly InterpolationType = InterpolationType;
  readonly Dimension = Dimension;
  readonly DeveloperMetadataVisibility = declared<SS['DeveloperMetadataVisibility']>(
    DeveloperMetadataVisibility,
  );
  readonly DeveloperMetadataLocationType = declared<SS['DeveloperMetadataLocationType']>(
    DeveloperMetadataLocationType,
  );

  constructor(
    private readonly ctx: GasContext,
    private readonly addonName: string,
  ) {
    super();
  }

  /** Applies pending writes; the boundary counts it as a flush when writes were pending. */
  flush(): void {
    this.ctx.doc.engine.flush();
  }
  getActive(): SpreadsheetImpl {
    return new SpreadsheetImpl(this.ctx);
  }
  getActiveSpreadsheet(): SpreadsheetImpl {
    return new SpreadsheetImpl(this.ctx);
  }
  getActiveSheet(): SheetImpl {
    return new SpreadsheetImpl(this.ctx).getActiveSheet();
  }
  getActiveRange(): RangeImpl {
    const a = this.ctx.activeRange;
    if (a) return new RangeImpl(this.ctx, a.sheet, { ...a.rect });
    return this.getActiveSheet().getRange(1, 1);
  }
  setActiveSheet(sheet: GSheet): SheetImpl {
    return new SpreadsheetImpl(this.ctx).setActiveSheet(sheet);
  }
  getUi(): UiImpl {
    if (!this.ctx.uiAvailable) fail('Cannot call SpreadsheetApp.getUi() from this context.');
    return new UiImpl(this.ctx, this.addonName);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this.ctx);
  }
  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.ctx);
  }
  newTextStyle(): TextStyleBuilderImpl {
    return new TextStyleBuilderImpl();
  }
}

/** The Charts service: only the ChartType enum is needed for embedded charts. */
export class ChartsImpl extends GasObject implements GCharts {
  readonly gasKind = 'Charts';
  readonly ChartType = ChartTypeEnum;
}
