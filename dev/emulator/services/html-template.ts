/**
 * HtmlService templates: `<?= expr ?>` prints escaped, `<?!= expr ?>` prints
 * raw, `<? code ?>` runs. Like Apps Script, the template is compiled to one
 * JS function body; the template's own properties are variables inside it and
 * the script's globals stay reachable (e.g. `<?!= include('Style') ?>`), so the
 * code is evaluated by the emulator inside the add-on's vm context.
 *
 * Escaping is HTML-entity escaping everywhere; Google's is contextual (it
 * escapes for JS inside <script>), so a printing scriptlet inside a script tag
 * may differ from Google's output.
 */

export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Compiles a template into the body of `function (__vars, __esc)` returning the
 * HTML. Inside, `output.append(...)` / `output.appendUntrusted(...)` work too.
 */
export function compileTemplate(source: string): string {
  const lines: string[] = [
    'var __buf = [];',
    'var output = { append: function (s) { __buf.push(String(s)); return output; },',
    '  appendUntrusted: function (s) { __buf.push(__esc(s)); return output; } };',
    'with (__vars) {',
  ];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) lines.push(`__buf.push(${JSON.stringify(source.slice(last, m.index))});`);
    const code = m[2].trim();
    if (m[1] === '=') lines.push(`__buf.push(__esc(${code}));`);
    else if (m[1] === '!=')
      lines.push(`__buf.push(((__v) => __v == null ? '' : String(__v))(${code}));`);
    else lines.push(m[2]);
    last = re.lastIndex;
  }
  if (last < source.length) lines.push(`__buf.push(${JSON.stringify(source.slice(last))});`);
  lines.push('}', "return __buf.join('');");
  return lines.join('\n');
}

/** Evaluates compiled template code (in the vm context when the emulator provides one). */
export type TemplateEvaluator = (
  code: string,
  vars: Record<string, unknown>,
  esc: (v: unknown) => string,
) => string;

/** Host evaluation, for tests without a vm: sloppy-mode Function so `with` is allowed. */
export const hostEvaluator: TemplateEvaluator = (code, vars, esc) => {
  const fn = new Function('__vars', '__esc', code) as (
    v: Record<string, unknown>,
    e: (v: unknown) => string,
  ) => string;
  return fn(vars, esc);
};
