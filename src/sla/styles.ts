/** The SLA tab's look: Google's editor palette, inputs in blue (the finance convention). */
import type { Style } from '../sheet/plan';

const INPUT = '#1a73e8';
const COUNT = '#,##0';
const MONEY = '#,##0';
const PERCENT = '0.0%';

export const SLA_STYLES: Record<string, Style> = {
  title: { bold: true, fontSize: 16, fontColor: '#202124' },
  review: { italic: true, fontColor: '#5f6368' },
  changed: { bold: true, fontColor: '#b06000' },
  section: { bold: true, fontColor: '#ffffff', background: '#1a73e8' },
  label: { bold: true, fontColor: '#3c4043', vAlign: 'top', wrap: true },
  text: { vAlign: 'top', wrap: true, fontColor: '#202124', background: '#f8f9fa' },
  editable: { vAlign: 'top', wrap: true, fontColor: '#202124', background: '#fffde7' },
  input: { fontColor: INPUT, background: '#e8f0fe', hAlign: 'right' },
  inputMoney: { fontColor: INPUT, background: '#e8f0fe', numberFormat: MONEY },
  inputPercent: { fontColor: INPUT, background: '#e8f0fe', numberFormat: PERCENT },
  inputDecimal: { fontColor: INPUT, background: '#e8f0fe', numberFormat: '0.00' },
  inputDate: { fontColor: INPUT, background: '#e8f0fe', numberFormat: 'yyyy-mm-dd' },
  date: { numberFormat: 'yyyy-mm-dd', hAlign: 'right' },
  month: { numberFormat: 'mmm yyyy', hAlign: 'left' },
  stageName: { bold: true, fontColor: INPUT, background: '#e8f0fe', hAlign: 'center' },
  count: { numberFormat: COUNT },
  target: { numberFormat: COUNT, bold: true },
  money: { numberFormat: MONEY },
  percent: { numberFormat: PERCENT },
  decimalMuted: { numberFormat: '0.00', fontColor: '#80868b' },
  muted: { fontColor: '#80868b' },
  decimal: { numberFormat: '0.0' },
  diagnosis: { fontColor: '#202124' },
  header: { bold: true, background: '#f1f3f4', hAlign: 'center', wrap: true },
  headerLeft: { bold: true, background: '#f1f3f4' },
  actual: { numberFormat: COUNT, background: '#fffde7' },
  actualMoney: { numberFormat: MONEY, background: '#fffde7' },
  status: { hAlign: 'center' },
  refreshed: { numberFormat: COUNT, background: '#fafafa' },
  refreshedPercent: { numberFormat: PERCENT, background: '#fafafa' },
  refreshedDecimal: { numberFormat: '0.0', background: '#fafafa' },
  totalLabel: { bold: true, background: '#f1f3f4' },
  total: { bold: true, numberFormat: COUNT, background: '#f1f3f4' },
  totalMoney: { bold: true, numberFormat: MONEY, background: '#f1f3f4' },
  totalPercent: { bold: true, numberFormat: PERCENT, background: '#f1f3f4' },
  totalStatus: { bold: true, hAlign: 'center', background: '#f1f3f4' },
  totalDecimal: { bold: true, numberFormat: '0.00', background: '#f1f3f4' },
};
