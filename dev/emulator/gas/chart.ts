/**
 * Embedded charts are kept as recorded specs (type, ranges, position,
 * options); the view resolves their ranges to series values.
 */
import type {
  GChartOptions,
  GContainerInfo,
  GEmbeddedChart,
  GEmbeddedChartBuilder,
  GRange,
} from '../../../src/gas/surface';
import type { ChartSpec, SheetData } from '../model';
import { enumName } from '../services/enums';
import { GasObject } from './boundary';
import type { GasContext } from './context';
import { ChartType, enumValue } from './enums';
import { asRange, RangeImpl } from './range';

function cloneChart(c: ChartSpec): ChartSpec {
  return {
    ...c,
    ranges: c.ranges.map((r) => ({ sheet: r.sheet, rect: { ...r.rect } })),
    options: { ...c.options },
  };
}

class ContainerInfoImpl extends GasObject implements GContainerInfo {
  readonly gasKind = 'ContainerInfo';
  constructor(private readonly spec: ChartSpec) {
    super();
  }
  getAnchorColumn(): number {
    return this.spec.anchorCol;
  }
  getAnchorRow(): number {
    return this.spec.anchorRow;
  }
  getOffsetX(): number {
    return this.spec.offsetX;
  }
  getOffsetY(): number {
    return this.spec.offsetY;
  }
}

class ChartOptionsImpl extends GasObject implements GChartOptions {
  readonly gasKind = 'ChartOptions';
  constructor(private readonly options: Record<string, unknown>) {
    super();
  }
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class EmbeddedChartImpl extends GasObject implements GEmbeddedChart {
  readonly gasKind = 'EmbeddedChart';
  constructor(
    private readonly ctx: GasContext,
    readonly sheet: SheetData,
    readonly spec: ChartSpec,
  ) {
    super();
  }
  getChartId(): number | null {
    return this.spec.id > 0 ? this.spec.id : null;
  }
  getContainerInfo(): ContainerInfoImpl {
    return new ContainerInfoImpl(this.spec);
  }
  getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  getOptions(): ChartOptionsImpl {
    return new ChartOptionsImpl(this.spec.options);
  }
  getRanges(): RangeImpl[] {
    return this.spec.ranges.map((r) => new RangeImpl(this.ctx, r.sheet, { ...r.rect }));
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }
  modify(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this.ctx, this.sheet, cloneChart(this.spec));
  }
}

export class EmbeddedChartBuilderImpl extends GasObject implements GEmbeddedChartBuilder {
  readonly gasKind = 'EmbeddedChartBuilder';
  constructor(
    private readonly ctx: GasContext,
    private readonly sheet: SheetData,
    private readonly spec: ChartSpec = {
      id: 0,
      type: 'LINE',
      ranges: [],
      anchorRow: 1,
      anchorCol: 1,
      offsetX: 0,
      offsetY: 0,
      numHeaders: -1,
      transpose: false,
      options: {},
    },
  ) {
    super();
  }
  addRange(range: GRange): this {
    const r = asRange(range);
    this.spec.ranges.push({ sheet: r.sheet, rect: { ...r.rect } });
    return this;
  }
  removeRange(range: GRange): this {
    const r = asRange(range);
    const same = (x: ChartSpec['ranges'][number]) =>
      x.sheet === r.sheet &&
      x.rect.row === r.rect.row &&
      x.rect.col === r.rect.col &&
      x.rect.rows === r.rect.rows &&
      x.rect.cols === r.rect.cols;
    this.spec.ranges = this.spec.ranges.filter((x) => !same(x));
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): RangeImpl[] {
    return this.spec.ranges.map((r) => new RangeImpl(this.ctx, r.sheet, { ...r.rect }));
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return enumValue(ChartType, this.spec.type);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.spec.type = enumName(type);
    return this;
  }
  getContainer(): ContainerInfoImpl {
    return new ContainerInfoImpl(this.spec);
  }
  setNumHeaders(headers: number): this {
    this.spec.numHeaders = headers;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.spec.options[option] = value;
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.anchorRow = anchorRowPos;
    this.spec.anchorCol = anchorColPos;
    this.spec.offsetX = offsetX;
    this.spec.offsetY = offsetY;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    this.spec.transpose = transpose;
    return this;
  }
  build(): EmbeddedChartImpl {
    return new EmbeddedChartImpl(this.ctx, this.sheet, cloneChart(this.spec));
  }
}
