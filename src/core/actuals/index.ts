/** The pure actuals core: what the refresh edge and the sidebar import. */
export {
  type ActualsResult,
  type AggregateContext,
  type Aggregator,
  aggregateActuals,
  type ColumnBlock,
  createAggregator,
  type HandedToSalesBasis,
  type SourceActuals,
} from './aggregate';
export { cellText, isWonCell, parseAmountCell } from './cells';
export {
  type DateContext,
  type DateFailure,
  isDateFailure,
  type ParsedDate,
  parseDateCell,
  parseDateText,
} from './dates';
export { createIdPrepass, filterWordBits, type IdPrepass, type RecordIds } from './id-prepass';
export { type DateOrder, dateOrderForLocale, dayFirstForLocale } from './locale';
export { type MonthIndexer, monthIndexer } from './period';
export { actualRates, type StageRate, trailingRates } from './rates';
export { findStage, type StageConcept, stageConcept } from './stage-concepts';
export * from './types';
export { monthKeyOf, monthStartUtc, offsetAt, utcToWall, wallToUtc } from './zone';
