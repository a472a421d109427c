/**
 * Prints the README's custom function reference, generated from the registry
 * (the same source as the wrappers' JSDoc), and writes it to
 * /tmp/functions-reference.md. Run: `npx tsx dev/readme-functions.ts`.
 * Each example's result is computed by the BUILT bundle in the formula
 * engine, so the README cannot show a result the code does not give.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUSTOM_FUNCTIONS } from '../src/functions/registry';
import type { CustomFunctionSpec } from '../src/functions/types';
import { DEFAULT_CODE_PATH, loadBundle } from './bundle';
import { createFormulaEngine } from './formula/custom-functions';

export const REFERENCE_PATH = '/tmp/functions-reference.md';

export function signature(fn: CustomFunctionSpec): string {
  const params = fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
  return `${fn.name}(${params})`;
}

function cellText(v: unknown): string {
  if (typeof v === 'number')
    return Number.isInteger(v) ? v.toLocaleString('en-US') : String(Number(v.toPrecision(10)));
  if (v === '' || v === null || v === undefined) return '(blank)';
  return String(v);
}

/** The example's value as a short text: a scalar, or a spilled block (rows separated by " / "). */
function exampleResult(fn: CustomFunctionSpec): string | undefined {
  if (!existsSync(DEFAULT_CODE_PATH)) return undefined;
  const hf = createFormulaEngine(loadBundle(), { Sheet1: [[fn.example]] });
  const { width, height } = hf.getSheetDimensions(0);
  const rows = hf.getRangeValues({
    start: { sheet: 0, row: 0, col: 0 },
    end: { sheet: 0, row: height - 1, col: width - 1 },
  });
  hf.destroy();
  const text = rows.map((r) => r.map(cellText).join(', ')).join(' / ');
  return rows.length * (rows[0]?.length ?? 0) > 1 ? `spills ${text}` : text;
}

export function functionsReference(): string {
  const out: string[] = [
    '## Function reference',
    '',
    'Every argument may be a single cell or a range; a column or row in gives a column or row out,',
    'and a blank row gives a blank cell. Rates may be decimals (0.25), percent cells (25%) or text',
    'such as "25 %" or "25,5 %"; a rate must be above 0% and at most 100%.',
    '',
    'Prefer one call over a whole column (`=REQUIRED_MQLS(A2:A500, B1, C1:C3)`) to one call per row:',
    "every custom-function call is a separate request to Google's servers (30 s limit each) that loads",
    'the whole script, so 500 calls cost 500 round trips while one call over 10,000 rows takes ~10 ms.',
    'Bad input shows `#ERROR!`; hover the cell to read which argument and value to fix.',
    '',
  ];
  for (const fn of CUSTOM_FUNCTIONS) {
    out.push(`### \`${signature(fn)}\``, '', fn.summary, '');
    for (const p of fn.params) {
      out.push(`- \`${p.name}\`${p.optional ? ' (optional)' : ''} — ${p.doc}`);
    }
    out.push(`- Returns: ${fn.returns}`, '');
    const result = exampleResult(fn);
    out.push(`Example: \`${fn.example}\`${result === undefined ? '' : ` → ${result}`}`, '');
  }
  return out.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = functionsReference();
  writeFileSync(REFERENCE_PATH, text);
  console.log(text);
}
