/** The assumptions: the tab's only inputs (and the as-of date every figure depends on). */
import { t } from '../../api/messages';
import { type Cell, formula } from '../../sheet/plan';
import { ASSUMPTION_KEYS, VALUE_COL } from '../layout';
import { type BlockContext, sectionHeader } from './context';

/** The "as of" date: the end of the last complete month (frozen archives replace it). */
export const AS_OF_FORMULA = '=EOMONTH(TODAY(),-1)';

export function drawAssumptions(c: BlockContext): void {
  const { cv, l, settings } = c;
  sectionHeader(c, l.assumptionsHeader, t('sla.section.assumptions'), l.agreementLastCol - 1);
  const [y0, m0] = settings.periodStart.split('-').map(Number);
  const values: Record<(typeof ASSUMPTION_KEYS)[number], [Cell, string]> = {
    goal: [settings.revenueGoal, 'inputMoney'],
    currency: [settings.currency, 'input'],
    dealSize: [settings.dealSize, 'inputMoney'],
    start: [formula(`=DATE(${y0},${m0},1)`), 'month'],
    months: [l.months, 'count'],
    reviewDate: [
      formula(`=DATE(${settings.reviewDate.split('-').map(Number).join(',')})`),
      'inputDate',
    ],
    tolerance: [settings.tolerance, 'inputPercent'],
    followUpHours: [settings.followUpHours, 'input'],
    minTouches: [settings.minTouches, 'input'],
    feedbackDays: [settings.feedbackDays, 'input'],
    growth: [settings.shape.kind === 'growth' ? settings.shape.rate : 0, 'inputPercent'],
    continuation: [t('sla.assumption.continuationText'), 'muted'],
    asOf: [formula(AS_OF_FORMULA), 'date'],
  };
  for (const k of ASSUMPTION_KEYS) {
    const row = l.assumption[k];
    if (row === undefined) continue;
    cv.set(row, 1, t(`sla.assumption.${k}`), 'label');
    cv.set(row, VALUE_COL, values[k][0], values[k][1]);
  }
}
