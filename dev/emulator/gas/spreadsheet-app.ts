/** SpreadsheetApp: the global the add-on starts from. */
import type { GCharts, GSheet, GSpreadsheetApp } from '../../../src/gas/surface';
import { declared } from '../services/enums';
import { GasObject, SPREADSHEETS_SCOPE } from './boundary';
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
  /**
   * The containing document, or null when there is none: an editor add-on's
   * time-driven trigger runs outside any document
   * (https://github.com/mogsdad/SheetConverter/issues/2: "A timed trigger will
   * receive null when it calls SpreadsheetApp.getActiveSpreadsheet()").
   * The surface keeps Google's non-null declaration, hence the cast.
   */
  private active<T>(make: () => T): T {
    return this.ctx.documentContext ? make() : (null as T);
  }
  getActive(): SpreadsheetImpl {
    return this.active(() => new SpreadsheetImpl(this.ctx));
  }
  getActiveSpreadsheet(): SpreadsheetImpl {
    return this.active(() => new SpreadsheetImpl(this.ctx));
  }
  getActiveSheet(): SheetImpl {
    return this.active(() => new SpreadsheetImpl(this.ctx).getActiveSheet());
  }
  getActiveRange(): RangeImpl {
    return this.active(() => {
      const a = this.ctx.activeRange;
      if (a) return new RangeImpl(this.ctx, a.sheet, { ...a.rect });
      return this.getActiveSheet().getRange(1, 1);
    });
  }
  /**
   * Opens a spreadsheet by id: needs the full spreadsheets scope whatever the
   * context (`spreadsheets.currentonly` is not enough —
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String),
   * https://github.com/vtst/google-apps-scripts/blob/master/VtstAddonTriggerLib/README.md).
   * Only the emulated document exists; other ids fail as a missing file does.
   */
  openById(id: string): SpreadsheetImpl {
    const scopes = this.ctx.oauthScopes;
    if (scopes && !scopes.includes(SPREADSHEETS_SCOPE)) {
      fail(
        `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${SPREADSHEETS_SCOPE}`,
      );
    }
    if (String(id) !== this.ctx.doc.id) {
      fail(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    }
    return new SpreadsheetImpl(this.ctx);
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
