/**
 * The funnel table: one column per stage with its rate, lag, period target,
 * what is already needed in the pipeline at the start, and the tracking rows
 * (actual to date, pace, catch-up, at actual rates).
 */
import { t } from '../../api/messages';
import { cellA1, rectA1 } from '../../sheet/a1';
import { type Cell, formula } from '../../sheet/plan';
import { ceilF, roundF } from '../formulas';
import { type Layout, STAGE_ROWS, VALUE_COL } from '../layout';
import { pipelineAtStartFormula } from '../spread';
import { type BlockContext, sectionHeader } from './context';
import { spreadRefs } from './monthly-grid';

const abs = (row: number, col: number) => cellA1(row, col, true);

export function drawFunnelTable(c: BlockContext): void {
  const { cv, l, settings, refs } = c;
  const S = l.stages;
  const M = l.months;
  const { asm, stage: stageCell, elapsed } = refs;
  const last = S - 1;
  sectionHeader(c, l.stageHeader, t('sla.section.stages'), Math.max(S, l.agreementLastCol - 1));
  for (const k of STAGE_ROWS) cv.set(l.stageRow[k], 1, t(`sla.stage.${k}`), 'label');
  const lagRow = l.stageRow.lagDays;
  for (let s = 0; s < S; s++) {
    const col = VALUE_COL + s;
    const set = (row: keyof Layout['stageRow'], v: Cell, style: string) =>
      cv.set(l.stageRow[row], col, v, style);
    set('stages', settings.stages[s], 'stageName');
    const isLast = s === last;
    set('rates', isLast ? '' : settings.rates[s], isLast ? 'muted' : 'inputPercent');
    set('lagDays', isLast ? '' : settings.lagDays[s], isLast ? 'muted' : 'input');
    set(
      'lagMonths',
      isLast
        ? 0
        : formula(`=ROUND(SUM(${abs(lagRow, col)}:${abs(lagRow, VALUE_COL + S - 2)})/30.4,0)`),
      'count',
    );
    set(
      'periodTargets',
      formula(
        isLast
          ? `=${ceilF(`${asm('goal')}/${asm('dealSize')}`)}`
          : `=${ceilF(`${stageCell('periodTargets', s + 1)}/${stageCell('rates', s)}`)}`,
      ),
      'target',
    );
    set(
      'pipelineAtStart',
      formula(pipelineAtStartFormula(spreadRefs(c, s), refs.column('targets', s))),
      'count',
    );
    const actualTotal = cellA1(l.totalRow, l.blockCol.actuals + s, true);
    const hasActuals = `COUNT(${rectA1({ row: l.firstMonthRow, col: l.blockCol.actuals + s, rows: M, cols: 1 }, true)})>0`;
    set('actualToDate', formula(`=${actualTotal}`), 'count');
    set(
      'dataMonths',
      formula(`=COUNTIFS(${refs.months},"<="&${asm('asOf')},${refs.column('actuals', s)},">=0")`),
      'count',
    );
    set(
      'actualRates',
      isLast
        ? ''
        : formula(
            `=IF(N(${stageCell('actualToDate', s)})>0,${stageCell('actualToDate', s + 1)}/${stageCell('actualToDate', s)},"")`,
          ),
      isLast ? 'muted' : 'percent',
    );
    set(
      'pace',
      formula(
        `=IF(AND(${elapsed}>0,${hasActuals}),${roundF(`${actualTotal}/${elapsed}*${M}`)},"")`,
      ),
      'count',
    );
    set(
      'catchUp',
      formula(
        `=IF(AND(${M}-${elapsed}>0,${hasActuals}),MAX(0,${ceilF(`(${stageCell('periodTargets', s)}-N(${actualTotal}))/(${M}-${elapsed})`)}),"")`,
      ),
      'target',
    );
    // Remaining need walks up from the last stage with the actual rate where one exists.
    const rateAt = `IF(N(${stageCell('actualRates', s)})>0,${stageCell('actualRates', s)},${stageCell('rates', s)})`;
    set(
      'neededAtActualRates',
      formula(
        isLast
          ? `=MAX(0,${stageCell('periodTargets', s)}-N(${actualTotal}))`
          : `=${ceilF(`${stageCell('neededAtActualRates', s + 1)}/${rateAt}`)}`,
      ),
      'count',
    );
    set(
      'catchUpAtActualRates',
      formula(
        `=IF(AND(${M}-${elapsed}>0,${hasActuals}),${ceilF(`${stageCell('neededAtActualRates', s)}/(${M}-${elapsed})`)},"")`,
      ),
      'target',
    );
  }
}
