/** The title, the review reminder and the agreement: generated sentences, then the editable texts. */
import { t } from '../../api/messages';
import { AGREEMENT_KEYS, type Settings } from '../../api/settings';
import { formula, type SheetPlan } from '../../sheet/plan';
import { str, templateFormula } from '../formulas';
import { AGREEMENT_SUMMARY, handoverStage, type Layout } from '../layout';
import { type BlockContext, type Previous, sectionHeader } from './context';

export function drawAgreement(c: BlockContext): void {
  const { cv, l, settings, refs, months } = c;
  const { asm, stage: stageCell } = refs;
  const M = l.months;
  const h = handoverStage(settings.stages);
  const last = l.stages - 1;
  cv.set(l.title, 1, t('sla.title', { name: c.sheetName }), 'title');
  cv.set(
    l.review,
    1,
    formula(
      `=IF(TODAY()>=${asm('reviewDate')},${str(t('sla.review.due'))},${str(t('sla.review.next'))})`,
    ),
    'review',
  );
  if (c.previous?.signoffNote) cv.set(l.signoffNote, 1, c.previous.signoffNote, 'changed');

  sectionHeader(c, l.agreementHeader, t('sla.section.agreement'), l.agreementLastCol - 1);
  const first = months[0];
  const end = months[M - 1];
  const num = (ref: string) => `TEXT(${ref},"#,##0")`;
  const sentences: Record<(typeof AGREEMENT_SUMMARY)[number], string> = {
    goal: templateFormula(t('sla.sentence.goal'), {
      goal: num(asm('goal')),
      currency: asm('currency'),
      // TEXT with a date format names the months in the spreadsheet's locale.
      start: `TEXT(DATE(${first.y},${first.m},1),"mmmm yyyy")`,
      end: `TEXT(DATE(${end.y},${end.m},1),"mmmm yyyy")`,
      customers: num(stageCell('periodTargets', last)),
      dealSize: num(asm('dealSize')),
    }),
    marketing: templateFormula(t('sla.sentence.marketing'), {
      count: num(stageCell('periodTargets', h)),
      stage: stageCell('stages', h),
      perMonth: num(`ROUND(${stageCell('periodTargets', h)}/${M},0)`),
    }),
    sales: templateFormula(t('sla.sentence.sales'), {
      hours: asm('followUpHours'),
      touches: asm('minTouches'),
      days: asm('feedbackDays'),
    }),
  };
  for (const k of AGREEMENT_SUMMARY) {
    cv.set(l.summaryRow[k], 1, t(`sla.summary.${k}`), 'label');
    cv.set(l.summaryRow[k], 2, formula(sentences[k]), 'text');
  }
  for (const k of AGREEMENT_KEYS) {
    cv.set(l.agreementRow[k], 1, t(`sla.agreement.${k}`), 'label');
    cv.set(
      l.agreementRow[k],
      2,
      c.previous?.agreement?.get(k) ?? settings.agreement[k],
      'editable',
    );
  }
}

/** The agreement's sentences and texts span columns B.. as one merged block per row. */
export function agreementMerges(l: Layout): SheetPlan['mergeAcross'] {
  return [
    {
      row: l.summaryRow.goal,
      col: 2,
      rows: l.agreementRow.salesOwner - l.summaryRow.goal + 1,
      cols: l.agreementLastCol - 1,
    },
  ];
}

/** Merged cells do not grow with wrapped text in Sheets, so the agreement rows get explicit heights. */
export function agreementRowHeights(l: Layout, s: Settings, previous?: Previous) {
  const widthChars = Math.floor(((l.agreementLastCol - 1) * 96) / 7);
  const heights: { row: number; count: number; height: number }[] = [];
  const rows: [number, number][] = [];
  for (const k of AGREEMENT_SUMMARY) rows.push([l.summaryRow[k], 2]);
  for (const k of AGREEMENT_KEYS) {
    const text = previous?.agreement?.get(k) ?? s.agreement[k];
    rows.push([l.agreementRow[k], Math.max(1, Math.ceil(text.length / widthChars))]);
  }
  for (const [row, lines] of rows) {
    const height = 8 + 17 * Math.min(lines, 8);
    const prev = heights[heights.length - 1];
    if (prev && prev.height === height && prev.row + prev.count === row) prev.count++;
    else heights.push({ row, count: 1, height });
  }
  return heights;
}
