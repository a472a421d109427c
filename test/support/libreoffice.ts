/**
 * Recalculating an .xlsx in headless LibreOffice Calc (Debian's
 * `libreoffice-calc`). LibreOffice keeps an .xlsx file's cached results by
 * default; a private user profile whose registry sets the OOXML recalculation
 * mode to "always" (Calc › Formula › Recalculation on file load) makes
 * `--convert-to` compute every formula. Callers also replace the cached
 * results with decoys first, so a stale cache could never pass as a match.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const run = promisify(execFile);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** `soffice --version`, or an error telling how to install it. */
export async function sofficeVersion(): Promise<string> {
  try {
    return (await run(SOFFICE, ['--version'])).stdout.trim();
  } catch {
    throw new Error(
      'LibreOffice Calc is needed for the parity test: apt-get update && apt-get install -y libreoffice-calc',
    );
  }
}

/** Writes `workbook` with decoy cached results (-12345 / "stale") for every formula. */
export async function writeWithDecoys(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  workbook.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v && v.formula) {
          const decoy = typeof v.result === 'number' ? -12345 : 'stale';
          cell.value = { formula: v.formula, result: decoy } as ExcelJS.CellFormulaValue;
        }
      });
    });
  });
  await workbook.xlsx.writeFile(path);
}

/** Recalculates `input` in LibreOffice; returns the path of the recalculated copy. */
export async function recalculate(input: string, workDir: string): Promise<string> {
  const profile = join(workDir, 'lo-profile');
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const outDir = join(workDir, 'lo-out');
  await run(
    SOFFICE,
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      input,
    ],
    // A first start sets up the profile; on a loaded machine that takes a while.
    { timeout: 600_000 },
  );
  return join(outDir, basename(input));
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export type CellResult = string | number | boolean | { error: string };

const xmlText = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The cached result of every formula cell, `Sheet!A1` → value, read from the
 * sheet XML itself: exceljs reads a cached 0 and a cached "" both as no
 * result, and that difference is one this test exists to catch. Numbers stay
 * serials (dates too).
 */
export async function formulaResults(path: string): Promise<Map<string, CellResult>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const t = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const out = new Map<string, CellResult>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = xmlText(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const xml = await text(target.get(rid) ?? '');
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const body = c[2] ?? '';
      if (!/<f\b/.test(body)) continue;
      const ref = /\br="([A-Z]+\d+)"/.exec(c[1])?.[1];
      const type = /\bt="(\w+)"/.exec(c[1])?.[1] ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      out.set(`${name}!${ref}`, cached(type, v === undefined ? undefined : xmlText(v)));
    }
  }
  return out;
}

function cached(type: string, v: string | undefined): CellResult {
  if (v === undefined) return '';
  if (type === 'e') return { error: v };
  if (type === 'b') return v === '1';
  if (type === 'str' || type === 's' || type === 'inlineStr') return v;
  return Number(v);
}

/** Same value: numbers to 1e-9 relative (both engines use doubles; sums may differ in the last bits). */
export function sameResult(a: CellResult, b: CellResult): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (typeof a === 'object' || typeof b === 'object')
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}
