/**
 * ChartView → inline SVG, close enough to Sheets' own charts to judge a
 * layout: title, legend, axis titles, tick labels and gridlines for
 * line / area / column / combo (vertical) and bar (horizontal); pie as slices.
 */
import type { ChartView } from '../../emulator/contract';
import {
  legendPosition,
  option,
  seriesColor,
  seriesKind,
  seriesLabel,
  textOption,
} from './chart-options';
import { svg } from './dom';

type Series = ChartView['series'][number];
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const FONT = 'Roboto, Arial, sans-serif';
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

function label(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return compact.format(v);
  const iso = /^(\d{4})-(\d\d)-(\d\d)T/.exec(v);
  if (iso) {
    const d = new Date(v);
    return iso[3] === '01'
      ? d.toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' })
      : v.slice(0, 10);
  }
  return v;
}

function text(
  x: number,
  y: number,
  s: string,
  attrs: Record<string, string | number> = {},
): SVGElement {
  return svg('text', { x, y, 'font-family': FONT, 'font-size': 11, fill: '#5f6368', ...attrs }, s);
}

/** About five round ticks covering [min, max], always including 0. */
function ticks(values: number[]): number[] {
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (min === max) max = min + 1;
  const raw = (max - min) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  min = Math.floor(min / step) * step;
  max = Math.ceil(max / step) * step;
  const out: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

function numbers(s: Series): (number | null)[] {
  return s.values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
}

function legend(chart: ChartView, names: string[], colors: string[], area: Box): SVGElement {
  const g = svg('g', { class: 'legend' });
  const pos = legendPosition(chart);
  let x = area.x;
  let y = area.y;
  names.forEach((name, i) => {
    g.append(
      svg('rect', { x, y: y - 8, width: 10, height: 10, rx: 2, fill: colors[i] }),
      text(x + 14, y + 1, name, { fill: '#202124' }),
    );
    if (pos === 'right') y += 18;
    else x += 24 + name.length * 6.5;
  });
  return g;
}

/** Reserves room for title, legend and axis titles; returns the plot box. */
function frame(root: SVGElement, chart: ChartView, names: string[], colors: string[]): Box {
  const box: Box = { x: 12, y: 10, w: chart.width - 24, h: chart.height - 20 };
  const title = textOption(chart, 'title') ?? chart.title;
  if (title) {
    root.append(
      text(chart.width / 2, 26, title, {
        'text-anchor': 'middle',
        'font-size': 15,
        fill: '#202124',
        'font-weight': 500,
      }),
    );
    box.y += 28;
    box.h -= 28;
  }
  const pos = legendPosition(chart);
  if (pos === 'top') {
    root.append(legend(chart, names, colors, { x: box.x + 40, y: box.y + 8, w: box.w, h: 16 }));
    box.y += 22;
    box.h -= 22;
  } else if (pos === 'bottom') {
    root.append(
      legend(chart, names, colors, { x: box.x + 40, y: box.y + box.h - 2, w: box.w, h: 16 }),
    );
    box.h -= 22;
  } else if (pos === 'right') {
    const width = Math.min(160, 24 + Math.max(...names.map((n) => n.length)) * 6.5);
    root.append(
      legend(chart, names, colors, {
        x: box.x + box.w - width + 8,
        y: box.y + 16,
        w: width,
        h: box.h,
      }),
    );
    box.w -= width;
  }
  return box;
}

function axisTitles(root: SVGElement, chart: ChartView, box: Box, domainName: string): Box {
  const plot = { x: box.x + 44, y: box.y + 6, w: box.w - 50, h: box.h - 28 };
  const hTitle = textOption(chart, 'hAxis.title') ?? domainName;
  const vTitle = textOption(chart, 'vAxis.title');
  if (hTitle) {
    root.append(
      text(plot.x + plot.w / 2, box.y + box.h - 2, hTitle, {
        'text-anchor': 'middle',
        class: 'axis-title',
      }),
    );
    plot.h -= 16;
  }
  if (vTitle) {
    const cx = box.x + 6;
    const cy = plot.y + plot.h / 2;
    root.append(
      text(cx, cy, vTitle, {
        'text-anchor': 'middle',
        transform: `rotate(-90 ${cx} ${cy})`,
        class: 'axis-title',
      }),
    );
    plot.x += 14;
    plot.w -= 14;
  }
  return plot;
}

function cartesian(root: SVGElement, chart: ChartView, domain: Series, values: Series[]): void {
  const colors = values.map((_, i) => seriesColor(chart, i));
  const names = values.map((s, i) => seriesLabel(chart, i, s.name));
  const plot = axisTitles(root, chart, frame(root, chart, names, colors), domain.name);
  const horizontal = chart.type.toUpperCase() === 'BAR';
  const data = values.map(numbers);
  const scale = ticks(data.flat().filter((v): v is number => v !== null));
  // Google Charts' 'percent' axis format: 0.4 shows as 40%.
  const axisFormat = option(chart, horizontal ? 'hAxis.format' : 'vAxis.format');
  const tickLabel = (v: number) =>
    axisFormat === 'percent' ? percent.format(v) : compact.format(v);
  const lo = scale[0];
  const hi = scale[scale.length - 1];
  const n = Math.max(domain.values.length, 1);
  const valueLen = horizontal ? plot.w : plot.h;
  const bandLen = (horizontal ? plot.h : plot.w) / n;
  /** Value → pixel along the value axis (from the plot's origin side). */
  const at = (v: number) => ((v - lo) / (hi - lo)) * valueLen;
  const point = (band: number, v: number): [number, number] =>
    horizontal ? [plot.x + at(v), plot.y + band] : [plot.x + band, plot.y + plot.h - at(v)];

  for (const t of scale) {
    const [x, y] = point(0, t);
    if (horizontal) {
      root.append(
        svg('line', { x1: x, x2: x, y1: plot.y, y2: plot.y + plot.h, stroke: '#e0e0e0' }),
      );
      root.append(text(x, plot.y + plot.h + 14, tickLabel(t), { 'text-anchor': 'middle' }));
    } else {
      root.append(
        svg('line', { x1: plot.x, x2: plot.x + plot.w, y1: y, y2: y, stroke: '#e0e0e0' }),
      );
      root.append(text(plot.x - 6, y + 4, tickLabel(t), { 'text-anchor': 'end' }));
    }
  }
  // Domain labels: skip some when they would overlap.
  const every = Math.max(
    1,
    Math.ceil((n * (horizontal ? 14 : 52)) / (horizontal ? plot.h : plot.w)),
  );
  domain.values.forEach((v, i) => {
    if (i % every !== 0) return;
    const mid = (i + 0.5) * bandLen;
    root.append(
      horizontal
        ? text(plot.x - 6, plot.y + mid + 4, label(v), { 'text-anchor': 'end' })
        : text(plot.x + mid, plot.y + plot.h + 14, label(v), { 'text-anchor': 'middle' }),
    );
  });

  const bars = data.map((_, i) => i).filter((i) => seriesKind(chart, i) === 'bars');
  const barLen = (bandLen * 0.7) / Math.max(bars.length, 1);
  data.forEach((vals, i) => {
    const kind = seriesKind(chart, i);
    const g = svg('g', { class: `series series-${kind}`, 'data-series': names[i] });
    if (kind === 'bars') {
      const slot = bars.indexOf(i);
      vals.forEach((v, j) => {
        if (v === null) return;
        const start = j * bandLen + bandLen * 0.15 + slot * barLen;
        const [x0, y0] = point(start, Math.max(0, lo));
        const [x1, y1] = point(start + barLen, v);
        g.append(
          svg('rect', {
            x: Math.min(x0, x1),
            y: Math.min(y0, y1),
            width: Math.max(Math.abs(x1 - x0), 1),
            height: Math.max(Math.abs(y1 - y0), 1),
            fill: colors[i],
          }),
        );
      });
    } else {
      const pts = vals.map((v, j) => (v === null ? null : point((j + 0.5) * bandLen, v)));
      // A null breaks the line, as in Sheets.
      let d = '';
      let pen = false;
      for (const p of pts) {
        if (!p) {
          pen = false;
          continue;
        }
        d += `${pen ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)}`;
        pen = true;
      }
      if (kind === 'area' && d) {
        const first = pts.find((p) => p);
        const last = [...pts].reverse().find((p) => p);
        const base = point(0, Math.max(0, lo))[1];
        if (first && last) {
          g.append(
            svg('path', {
              d: `${d}L${last[0]},${base}L${first[0]},${base}Z`,
              fill: colors[i],
              'fill-opacity': 0.3,
            }),
          );
        }
      }
      g.append(svg('path', { d, fill: 'none', stroke: colors[i], 'stroke-width': 2 }));
    }
    root.append(g);
  });
  root.append(
    svg('line', {
      x1: plot.x,
      x2: horizontal ? plot.x : plot.x + plot.w,
      y1: plot.y + plot.h,
      y2: horizontal ? plot.y : plot.y + plot.h,
      stroke: '#9aa0a6',
    }),
  );
}

function pie(root: SVGElement, chart: ChartView, domain: Series, values: Series): void {
  const vals = numbers(values).map((v) => Math.max(v ?? 0, 0));
  const names = domain.values.map(label);
  const colors = names.map((_, i) => seriesColor(chart, i));
  const box = frame(root, chart, names, colors);
  const total = vals.reduce((a, b) => a + b, 0) || 1;
  const r = Math.min(box.w, box.h) / 2 - 6;
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  let angle = -Math.PI / 2;
  vals.forEach((v, i) => {
    const sweep = (v / total) * Math.PI * 2;
    if (sweep <= 0) return;
    const end = angle + sweep;
    const large = sweep > Math.PI ? 1 : 0;
    const p = (a: number) =>
      `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
    const d =
      sweep >= Math.PI * 2 - 1e-9
        ? `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`
        : `M${cx},${cy}L${p(angle)}A${r},${r} 0 ${large},1 ${p(end)}Z`;
    root.append(svg('path', { d, fill: colors[i], stroke: '#fff' }));
    angle = end;
  });
}

export function renderChart(chart: ChartView): SVGElement {
  const title = textOption(chart, 'title') ?? chart.title ?? `${chart.type} chart`;
  const root = svg('svg', {
    width: chart.width,
    height: chart.height,
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    role: 'img',
    'aria-label': title,
  });
  root.append(
    svg('title', {}, title),
    svg('rect', { width: chart.width, height: chart.height, fill: '#fff' }),
  );
  const [domain, ...values] = chart.series;
  if (!domain || values.length === 0) {
    root.append(text(chart.width / 2, chart.height / 2, 'No data', { 'text-anchor': 'middle' }));
  } else if (chart.type.toUpperCase() === 'PIE') {
    pie(root, chart, domain, values[0]);
  } else {
    cartesian(root, chart, domain, values);
  }
  return root;
}
