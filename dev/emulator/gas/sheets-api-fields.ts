/**
 * Field masks of the Sheets API: `fields` of get (partial response syntax,
 * `sheets(properties(sheetId,title)),namedRanges`) and of update requests
 * (`userEnteredValue,userEnteredFormat.textFormat.bold`, `*`).
 * https://developers.google.com/workspace/sheets/api/guides/field-masks
 */

/** A parsed mask: each field maps to its sub-mask, or `true` for the whole field. */
export type Mask = Map<string, Mask | true>;

/** Parses `a.b,c(d,e)` into a tree; throws on unbalanced parentheses. */
export function parseMask(text: string): Mask {
  const root: Mask = new Map();
  let i = 0;
  const parseList = (into: Mask, closing: boolean): void => {
    while (i < text.length) {
      const m = /^\s*([A-Za-z_*][A-Za-z0-9_]*(?:\.[A-Za-z_*][A-Za-z0-9_]*)*)\s*/.exec(
        text.slice(i),
      );
      if (!m) throw new Error(`Invalid field selection ${text}`);
      i += m[0].length;
      const path = m[1].split('.');
      let node = into;
      for (let p = 0; p < path.length - 1; p++) node = child(node, path[p]);
      const last = path[path.length - 1];
      if (text[i] === '(') {
        i++;
        parseList(child(node, last), true);
      } else node.set(last, true);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ')') {
        if (!closing) throw new Error(`Invalid field selection ${text}`);
        i++;
        return;
      }
      if (i < text.length) throw new Error(`Invalid field selection ${text}`);
    }
    if (closing) throw new Error(`Invalid field selection ${text}`);
  };
  if (text.trim() !== '') parseList(root, false);
  return root;
}

function child(node: Mask, name: string): Mask {
  const cur = node.get(name);
  if (cur === true) return new Map();
  if (cur) return cur;
  const next: Mask = new Map();
  node.set(name, next);
  return next;
}

/** Keeps what `mask` selects of a JSON value (arrays: of each element). `*` keeps all. */
export function prune(value: unknown, mask: Mask | true): unknown {
  if (mask === true || mask.has('*') || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => prune(v, mask));
  const out: Record<string, unknown> = {};
  for (const [k, sub] of mask) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = prune(v, sub);
  }
  return out;
}

/** Whether the mask selects `path` (or a parent of it). */
export function selects(mask: Mask, path: string[]): boolean {
  let node: Mask | true = mask;
  for (const p of path) {
    if (node === true || node.has('*')) return true;
    const next: Mask | true | undefined = node.get(p);
    if (next === undefined) return false;
    node = next;
  }
  return true;
}

/** Every leaf path of a mask, dotted (`userEnteredFormat.textFormat.bold`). */
export function leaves(mask: Mask, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, sub] of mask) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (sub === true) out.push(path);
    else out.push(...leaves(sub, path));
  }
  return out;
}
