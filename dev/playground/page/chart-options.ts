/**
 * Reads the Google Charts options an embedded chart was built with. Apps
 * Script's setOption takes dotted paths ('hAxis.title') or nested objects
 * ({hAxis: {title}}); the emulator records whichever the add-on used.
 */
import type { ChartView } from '../../emulator/contract';

/** Sheets' default series palette. */
const PALETTE = [
  '#4285f4',
  '#ea4335',
  '#fbbc04',
  '#34a853',
  '#ff6d01',
  '#46bdc6',
  '#7baaf7',
  '#f07b72',
];

export type LegendPosition = 'top' | 'bottom' | 'right' | 'none';

export function option(chart: ChartView, path: string): unknown {
  const opts = chart.options ?? {};
  if (path in opts) return opts[path];
  let node: unknown = opts;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function textOption(chart: ChartView, path: string): string | undefined {
  const v = option(chart, path);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function legendPosition(chart: ChartView): LegendPosition {
  const raw = option(chart, 'legend.position') ?? option(chart, 'legend');
  if (raw === 'top' || raw === 'bottom' || raw === 'right' || raw === 'none') return raw;
  return chart.width >= 480 ? 'right' : 'top';
}

/** Colour of value series `i` (0 = first after the domain). */
export function seriesColor(chart: ChartView, i: number): string {
  const own = option(chart, `series.${i}.color`);
  if (typeof own === 'string') return own;
  const colors = option(chart, 'colors');
  if (Array.isArray(colors) && typeof colors[i] === 'string') return colors[i];
  return PALETTE[i % PALETTE.length];
}

/** How value series `i` is drawn in a chart of this type. */
export function seriesKind(chart: ChartView, i: number): 'line' | 'area' | 'bars' {
  const type = chart.type.toUpperCase();
  const own = option(chart, `series.${i}.type`);
  if (own === 'line' || own === 'area' || own === 'bars') return own;
  if (type === 'LINE') return 'line';
  if (type === 'AREA') return 'area';
  if (type === 'COMBO') {
    const st = option(chart, 'seriesType');
    return st === 'line' || st === 'area' ? st : 'bars';
  }
  return 'bars';
}

/** Legend text of value series `i`: Sheets' labelInLegend option, else the series header. */
export function seriesLabel(chart: ChartView, i: number, header: string): string {
  return textOption(chart, `series.${i}.labelInLegend`) ?? header;
}
