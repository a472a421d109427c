/** Cell metadata → the JSON CellStyle the playground renders. */
import type { CellStyle } from '../contract';
import type { Border, CellMeta, RuleFormat } from '../model';

const BORDER_CSS: Record<string, string> = {
  DOTTED: '1px dotted',
  DASHED: '1px dashed',
  SOLID: '1px solid',
  SOLID_MEDIUM: '2px solid',
  SOLID_THICK: '3px solid',
  DOUBLE: '3px double',
};

function border(b: Border | undefined): string | undefined {
  return b ? `${BORDER_CSS[b.style] ?? '1px solid'} ${b.color}` : undefined;
}

export function styleOf(m: CellMeta | undefined): CellStyle | undefined {
  if (!m) return undefined;
  const s: CellStyle = {
    bold: m.bold,
    italic: m.italic,
    underline: m.underline,
    strikethrough: m.strikethrough,
    fontColor: m.fontColor,
    fontSize: m.fontSize,
    fontFamily: m.fontFamily,
    background: m.background,
    hAlign: m.hAlign,
    vAlign: m.vAlign,
    wrap: m.wrap,
    borderTop: border(m.borderTop),
    borderRight: border(m.borderRight),
    borderBottom: border(m.borderBottom),
    borderLeft: border(m.borderLeft),
  };
  for (const k of Object.keys(s) as (keyof CellStyle)[]) if (s[k] === undefined) delete s[k];
  return Object.keys(s).length ? s : undefined;
}

/** Conditional formatting wins over the static style, property by property. */
export function applyRuleFormat(style: CellStyle | undefined, f: RuleFormat): CellStyle {
  const out: CellStyle = { ...(style ?? {}) };
  if (f.background) out.background = f.background;
  if (f.fontColor) out.fontColor = f.fontColor;
  if (typeof f.bold === 'boolean') out.bold = f.bold;
  if (typeof f.italic === 'boolean') out.italic = f.italic;
  if (typeof f.strikethrough === 'boolean') out.strikethrough = f.strikethrough;
  if (typeof f.underline === 'boolean') out.underline = f.underline;
  return out;
}
