/**
 * A live pull from HubSpot as a pure plan: which searches to send, what each
 * answer adds, and the actuals once every answer is in. The edge
 * (src/server/hubspot-fetch.ts) only sends batches and hands answers back.
 *
 * Counted the same way as an export tab (src/core/actuals): a stage's count
 * for a month is the search `total` of records whose date property falls in
 * that month's local-midnight boundaries (the same monthStartUtc the export
 * path's month indexer uses); what needs the records themselves (revenue of
 * won deals, speed to lead) is paged and fed, as a small table, through the
 * export path's own aggregateActuals. The mapping is the export path's
 * ActualsMapping whose "headers" are property names (`deals.<name>` for deal
 * properties), so one saved mapping shape serves both sources.
 */
import {
  type ActualsResult,
  actualsRoles,
  aggregateActuals,
  type HandedToSalesBasis,
  sourceActualsFrom,
} from '../../core/actuals/aggregate';
import type { ActualsMapping, SkipReason, WarningReason } from '../../core/actuals/types';
import { SKIP_REASONS, WARNING_REASONS } from '../../core/actuals/types';
import { monthStartUtc, nextMonthKey } from '../../core/actuals/zone';
import {
  countBody,
  type HsObject,
  inWindow,
  PAGE_SIZE,
  pageBody,
  parseSearchAnswer,
  propertyRef,
  RESULT_CAP,
  type SearchBody,
  type SearchFilter,
  type Window,
} from './search';

export interface PullContext {
  stages: readonly string[];
  months: readonly string[];
  timeZone: string;
  followUpHours: number;
  nowMs: number;
  mapping: ActualsMapping;
  /** The source property's option values (from the properties API). */
  sourceValues: readonly string[];
}

type Job =
  | { kind: 'stage'; stage: number; month: number }
  | { kind: 'source'; value: string; month: number }
  | { kind: 'handed'; month: number }
  | { kind: 'pages'; purpose: 'won' | 'speed'; month: number; window: Window; after: string };

export interface PullRequest {
  id: number;
  object: HsObject;
  body: SearchBody;
}

interface Queued extends PullRequest {
  job: Job;
}

const MINI = { date: 'date', amount: 'amount', won: 'won', hand: 'hand', touch: 'touch' };

/**
 * Speed to lead needs each lead's two timestamps: past this many hand-overs in
 * a month (10 pages) the month keeps its count but no speed figures, so a big
 * account's refresh still fits Apps Script's 6 minutes.
 */
export const SPEED_MAX_LEADS = 2_000;

export class HubSpotPull {
  private readonly queue: Queued[] = [];
  private readonly inFlight = new Map<number, Queued>();
  private nextId = 1;
  private readonly counts: (number | null)[][];
  private readonly sourceCounts = new Map<string, number[]>();
  private readonly handed: number[];
  private readonly wonRows: unknown[][] = [];
  private readonly speedRows: unknown[][] = [];
  private readonly windows: Window[];
  /** Months whose hand-overs were too many to page for speed to lead (count from `total`). */
  private readonly speedTooMany = new Map<number, number>();
  private readonly roles: ReturnType<typeof actualsRoles>;
  private readonly stageProps: ({ object: HsObject; property: string } | null)[];
  private readonly revenueOn: boolean;
  private readonly speedOn: boolean;
  private readonly bySourceOn: boolean;
  /** Records downloaded (won deals, handed-over leads); counts download none. */
  recordsPaged = 0;

  constructor(private readonly ctx: PullContext) {
    const { stages, months, mapping } = ctx;
    this.windows = months.map((m) => ({
      from: monthStartUtc(m, ctx.timeZone),
      to: monthStartUtc(nextMonthKey(m), ctx.timeZone),
    }));
    this.stageProps = stages.map((s) => {
      const h = mapping.stages[s];
      return h ? propertyRef(h) : null;
    });
    const mapped = this.stageProps.flatMap((p, s) => (p ? [s] : []));
    this.roles = actualsRoles(stages, mapped);
    const won = this.stageProps[this.roles.wonStage];
    const amount = mapping.amount ? propertyRef(mapping.amount) : null;
    this.revenueOn = !!won && !!amount && amount.object === won.object;
    const hand = mapping.handoverTime ? propertyRef(mapping.handoverTime) : null;
    const touch = mapping.firstTouchTime ? propertyRef(mapping.firstTouchTime) : null;
    this.speedOn = !!hand && !!touch && hand.object === touch.object;
    const src = this.roles.sourceStage >= 0 ? this.stageProps[this.roles.sourceStage] : null;
    const sourceRef = mapping.source ? propertyRef(mapping.source) : null;
    this.bySourceOn = !!src && !!sourceRef && src.object === sourceRef.object;
    this.counts = months.map(() => stages.map((_, s) => (this.stageProps[s] ? 0 : null)));
    this.handed = months.map(() => 0);
    this.plan(hand);
  }

  private plan(hand: { object: HsObject; property: string } | null): void {
    const { months } = this.ctx;
    months.forEach((_, m) => {
      this.stageProps.forEach((p, s) => {
        if (!p) return;
        if (s === this.roles.wonStage && this.revenueOn)
          this.enqueuePage('won', m, this.windows[m], '0');
        else this.enqueue({ kind: 'stage', stage: s, month: m });
      });
      if (this.bySourceOn)
        for (const value of this.ctx.sourceValues)
          this.enqueue({ kind: 'source', value, month: m });
      if (hand) {
        if (this.speedOn) this.enqueuePage('speed', m, this.windows[m], '0');
        else this.enqueue({ kind: 'handed', month: m });
      }
    });
  }

  private wonFilter(object: HsObject): SearchFilter[] {
    const won = this.ctx.mapping.won ? propertyRef(this.ctx.mapping.won) : null;
    return won && won.object === object
      ? [{ propertyName: won.property, operator: 'EQ', value: 'true' }]
      : [];
  }

  private enqueue(job: Exclude<Job, { kind: 'pages' }>): void {
    const { mapping } = this.ctx;
    let object: HsObject;
    let filters: SearchFilter[];
    if (job.kind === 'handed') {
      const hand = propertyRef(mapping.handoverTime as string);
      object = hand.object;
      filters = inWindow(hand.property, this.windows[job.month]);
    } else {
      const stage = job.kind === 'stage' ? job.stage : this.roles.sourceStage;
      const p = this.stageProps[stage] as { object: HsObject; property: string };
      object = p.object;
      filters = inWindow(p.property, this.windows[job.month]);
      if (stage === this.roles.wonStage) filters.push(...this.wonFilter(object));
      if (job.kind === 'source')
        filters.push({
          propertyName: propertyRef(mapping.source as string).property,
          operator: 'EQ',
          value: job.value,
        });
    }
    this.queue.push({ id: this.nextId++, object, body: countBody(filters), job });
  }

  private enqueuePage(
    purpose: 'won' | 'speed',
    month: number,
    window: Window,
    after: string,
  ): void {
    const { mapping } = this.ctx;
    let object: HsObject;
    let filters: SearchFilter[];
    let properties: string[];
    if (purpose === 'won') {
      const p = this.stageProps[this.roles.wonStage] as { object: HsObject; property: string };
      object = p.object;
      filters = [...inWindow(p.property, window), ...this.wonFilter(object)];
      properties = [p.property, propertyRef(mapping.amount as string).property];
    } else {
      const hand = propertyRef(mapping.handoverTime as string);
      object = hand.object;
      filters = inWindow(hand.property, window);
      properties = [hand.property, propertyRef(mapping.firstTouchTime as string).property];
    }
    const job: Job = { kind: 'pages', purpose, month, window, after };
    this.queue.push({ id: this.nextId++, object, body: pageBody(filters, properties, after), job });
  }

  /** Nothing left to send and nothing awaited. */
  get done(): boolean {
    return this.queue.length === 0 && this.inFlight.size === 0;
  }

  /** Requests planned so far and not yet answered (grows as pages reveal more). */
  get pending(): number {
    return this.queue.length + this.inFlight.size;
  }

  /** Up to n requests to send now. */
  take(n: number): PullRequest[] {
    const batch = this.queue.splice(0, n);
    for (const q of batch) this.inFlight.set(q.id, q);
    return batch.map(({ id, object, body }) => ({ id, object, body }));
  }

  /** A request to send again (429, 5xx): first in the next batch. */
  retry(id: number): void {
    const q = this.inFlight.get(id);
    if (!q) return;
    this.inFlight.delete(id);
    this.queue.unshift(q);
  }

  /** Takes a successful answer; may plan more requests (next page, split window). */
  answer(id: number, json: unknown): void {
    const q = this.inFlight.get(id);
    if (!q) throw new Error(`No request ${id} awaits an answer`);
    this.inFlight.delete(id);
    const a = parseSearchAnswer(json);
    const { job } = q;
    if (job.kind === 'stage') (this.counts[job.month] as number[])[job.stage] = a.total;
    else if (job.kind === 'handed') this.handed[job.month] = a.total;
    else if (job.kind === 'source') {
      let perMonth = this.sourceCounts.get(job.value);
      if (!perMonth) {
        perMonth = this.ctx.months.map(() => 0);
        this.sourceCounts.set(job.value, perMonth);
      }
      perMonth[job.month] = a.total;
    } else this.page(job, q.body.properties, a);
  }

  private page(
    job: Extract<Job, { kind: 'pages' }>,
    properties: string[],
    a: ReturnType<typeof parseSearchAnswer>,
  ): void {
    const { window: w } = job;
    if (job.purpose === 'speed' && job.after === '0' && a.total > SPEED_MAX_LEADS) {
      this.speedTooMany.set(job.month, a.total);
      return;
    }
    // HubSpot pages no further than 10,000 results: split the window in time instead.
    if (job.after === '0' && a.total > RESULT_CAP && w.to - w.from > 1) {
      const mid = w.from + Math.floor((w.to - w.from) / 2);
      this.enqueuePage(job.purpose, job.month, { from: w.from, to: mid }, '0');
      this.enqueuePage(job.purpose, job.month, { from: mid, to: w.to }, '0');
      return;
    }
    const rows = job.purpose === 'won' ? this.wonRows : this.speedRows;
    for (const r of a.results) rows.push(properties.map((p) => r.properties?.[p] ?? ''));
    this.recordsPaged += a.results.length;
    if (a.next && a.results.length === PAGE_SIZE)
      this.enqueuePage(job.purpose, job.month, w, a.next);
  }

  /** The actuals, shaped as the export path's; call when `done`. */
  result(): ActualsResult {
    if (!this.done) throw new Error('HubSpot pull not finished');
    const { stages, months, mapping } = this.ctx;
    const { wonStage, sourceStage, sql } = this.roles;
    const skippedByReason = Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<
      SkipReason,
      number
    >;
    const warningsByReason = Object.fromEntries(WARNING_REASONS.map((r) => [r, 0])) as Record<
      WarningReason,
      number
    >;
    const add = (r: ActualsResult) => {
      for (const k of SKIP_REASONS) skippedByReason[k] += r.skippedByReason[k];
    };
    const aggCtx = {
      stages,
      months,
      timeZone: this.ctx.timeZone,
      dayFirst: false,
      followUpHours: this.ctx.followUpHours,
      nowMs: this.ctx.nowMs,
    };

    let revenue: number[] | null = null;
    if (this.revenueOn) {
      const won = aggregateActuals(
        [[MINI.date, MINI.amount], ...this.wonRows],
        { stages: { [stages[wonStage]]: MINI.date }, amount: MINI.amount },
        aggCtx,
      );
      add(won);
      months.forEach((_, m) => {
        (this.counts[m] as number[])[wonStage] = won.counts[m][wonStage] as number;
      });
      revenue = won.revenue;
    }

    let leadsHandedToSales: number[] | null = null;
    let basis: HandedToSalesBasis | null = null;
    let speedToLead: (number | null)[][] | null = null;
    if (mapping.handoverTime) {
      basis = { kind: 'handoverTime', column: mapping.handoverTime };
      if (this.speedOn) {
        const speed = aggregateActuals(
          [[MINI.hand, MINI.touch], ...this.speedRows],
          { stages: {}, handoverTime: MINI.hand, firstTouchTime: MINI.touch },
          aggCtx,
        );
        add(speed);
        leadsHandedToSales = speed.leadsHandedToSales as number[];
        speedToLead = speed.speedToLead;
        for (const [m, total] of this.speedTooMany) {
          leadsHandedToSales[m] = total;
          if (speedToLead) speedToLead[m] = [null, null];
        }
      } else leadsHandedToSales = this.handed;
    } else if (sql >= 0 && this.stageProps[sql]) {
      leadsHandedToSales = this.counts.map((row) => row[sql] as number);
      basis = { kind: 'stage', stage: stages[sql] };
    }

    let bySource = null;
    if (this.bySourceOn) {
      const perSource = new Map<string, number[]>();
      for (const [value, perMonth] of this.sourceCounts)
        if (perMonth.some((n) => n > 0)) perSource.set(value, perMonth);
      // Records without a source: the stage's total less every source's (one value per record).
      const blank = months.map(
        (_, m) =>
          (this.counts[m][sourceStage] as number) -
          Array.from(this.sourceCounts.values()).reduce((a, p) => a + p[m], 0),
      );
      if (blank.some((n) => n > 0)) perSource.set('', blank);
      bySource = sourceActualsFrom(perSource, stages[sourceStage], months.length);
    }

    const counted = this.counts.reduce(
      (a, row) => a + row.reduce<number>((b, n) => b + (n ?? 0), 0),
      0,
    );
    return {
      counts: this.counts,
      revenue,
      revenueStage: revenue ? stages[wonStage] : null,
      bySource,
      speedToLead,
      leadsHandedToSales,
      leadsHandedToSalesBasis: basis,
      rowsRead: this.recordsPaged,
      rowsCounted: counted,
      rowsSkipped: 0,
      rowsOutsidePeriod: 0,
      datesOutsidePeriod: 0,
      rowsNotWon: 0,
      skipped: [],
      warnings: [],
      skippedByReason,
      warningsByReason,
    };
  }
}
