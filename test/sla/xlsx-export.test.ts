/**
 * The SLA tab saved as .xlsx (`npm run sheet -- --out`, the playground's
 * download) keeps its conditional formats: the three status colours over the
 * attainment, status and report cells, as expression rules Excel and
 * LibreOffice apply. Charts are not in the file: exceljs cannot write them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../dev/emulator/index';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';

const dir = mkdtempSync(join(tmpdir(), 'sla-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SLA tab as .xlsx', () => {
  it('keeps the status colours as conditional formats', async () => {
    const e = await createEmulator({ now: '2026-07-15T09:00:00Z' });
    const path = join(dir, 'sla.xlsx');
    try {
      e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
      await e.saveXlsx(path);
    } finally {
      e.close();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('SLA 2026');
    const cfs = (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings;
    expect(cfs).toHaveLength(3);
    const fills = cfs.map((cf) => {
      const rule = cf.rules[0] as ExcelJS.ExpressionRuleType;
      expect(rule.type).toBe('expression');
      expect(rule.formulae?.[0]).toMatch(/^AND\(LEN\("FunnelSLA"\),OR\(/);
      // Grid attainment, grid status and the report's cells: five ranges per rule.
      expect(cf.ref.split(' ')).toHaveLength(5);
      return (rule.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb;
    });
    expect(fills).toEqual(['FFE6F4EA', 'FFFEF7E0', 'FFFCE8E6']);
  });
});
