/**
 * The Reset SLA section: propose new conversion rates from the trailing
 * months of actuals, let the user edit them (checked inline), show the next
 * version, confirm, reset. Logic lives in reset.ts; this file builds the DOM
 * (text nodes only) and talks to the server.
 */
import type { ResetProposal, ResetResult } from '../api/review';
import type { ServerApi } from '../api/server-api';
import { resetLengthWarning } from '../core/sanity';
import { errorMessage, type Remote } from './api';
import { el, replaceChildren } from './dom';
import { formatPercent } from './numbers';
import {
  actions,
  errorId,
  Feedback,
  field,
  type PanelContext,
  section,
  setBusy,
  setFieldError,
  type Tr,
  translator,
} from './panel';
import {
  DEFAULT_TRAILING,
  monthLabel,
  nextSummary,
  nextTargets,
  parseRateEdits,
  parseTrailingMonths,
  proposalRows,
  type RateRow,
} from './reset';
import { type WarningContext, warningText } from './warnings';

export const rateId = (i: number): string => `reset-rate-${i}`;
const TRAILING_ID = 'reset-trailing';

export interface ResetEvents {
  /** The reset is done: the sidebar reloads the agreement (the form shows the next version). */
  done(result: ResetResult, start: string): void;
}

export class ResetPanel {
  readonly element: HTMLDetailsElement;
  private readonly tr: Tr;
  private readonly feedback = new Feedback('reset');
  private readonly trailing: HTMLInputElement;
  private readonly proposeButton: HTMLButtonElement;
  private readonly proposeRow: HTMLDivElement;
  private readonly proposalSlot: HTMLElement;
  private proposal: ResetProposal | null = null;
  private rows: RateRow[] = [];
  private trailingUsed = DEFAULT_TRAILING;
  private readonly touched = new Set<number>();
  private showAll = false;
  private busy = false;
  private startButton: HTMLButtonElement | null = null;
  private confirmBox: HTMLElement | null = null;
  private confirmRow: HTMLDivElement | null = null;
  private targetCells: HTMLElement[] = [];

  constructor(
    private readonly ctx: PanelContext,
    private readonly server: Remote<ServerApi> | null,
    /** The current agreement's deal size: the next version's targets follow the edited rates. */
    private readonly dealSize: () => number,
    private readonly events: ResetEvents,
    open = false,
  ) {
    const tr = translator(ctx.lang);
    this.tr = tr;
    this.trailing = el('input', {
      type: 'text',
      inputmode: 'numeric',
      class: 'num',
      autocomplete: 'off',
      maxlength: 3,
    });
    this.trailing.value = String(DEFAULT_TRAILING);
    this.trailing.addEventListener('input', () => this.trailingEdited());
    this.trailing.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.propose();
      }
    });
    this.proposeButton = el(
      'button',
      { type: 'button', class: 'button secondary', id: 'reset-propose' },
      tr('sidebar.reset.propose'),
    );
    this.proposeButton.addEventListener('click', () => void this.propose());
    this.proposeRow = actions(this.proposeButton);
    this.proposalSlot = el('div', { class: 'proposal', id: 'reset-proposal', hidden: true });
    this.proposalSlot.addEventListener('input', (e) => this.rateEdited(e));
    // A valid rate settles to how the table shows rates ("50 %" → "50").
    this.proposalSlot.addEventListener('change', (e) =>
      this.tidyRate(e.target as HTMLInputElement),
    );

    this.element = section(
      'section-review',
      tr('sidebar.section.review'),
      open,
      el('p', { class: 'hint' }, tr('sidebar.reset.intro')),
      field(TRAILING_ID, tr('sidebar.reset.trailing'), this.trailing, {
        inline: true,
        hint: tr('sidebar.reset.trailingHint'),
      }),
      this.proposeRow,
      this.feedback.status,
      this.feedback.alert,
      this.proposalSlot,
    );
  }

  /** Opens the section, scrolls it into view and puts focus on its first control. */
  reveal(): void {
    this.element.open = true;
    this.element.querySelector('summary')?.scrollIntoView({ block: 'start' });
    this.trailing.focus({ preventScroll: true });
  }

  // ── proposing ──────────────────────────────────────────────────────────

  private trailingEdited(): void {
    const ok = parseTrailingMonths(this.trailing.value) !== null;
    setFieldError(this.element, TRAILING_ID, ok ? '' : this.tr('sidebar.reset.err.trailing'));
    if (this.proposal && parseTrailingMonths(this.trailing.value) !== this.trailingUsed) {
      // The table no longer matches the months asked for: nothing stale can be confirmed.
      this.clearProposal();
      this.feedback.setStatus(this.tr('sidebar.reset.stale'));
    }
  }

  private clearProposal(): void {
    this.proposal = null;
    this.rows = [];
    this.startButton = null;
    this.confirmBox = null;
    this.confirmRow = null;
    replaceChildren(this.proposalSlot);
    this.proposalSlot.hidden = true;
  }

  private async propose(): Promise<void> {
    if (this.busy) return;
    const trailingMonths = parseTrailingMonths(this.trailing.value);
    if (trailingMonths === null) {
      setFieldError(this.element, TRAILING_ID, this.tr('sidebar.reset.err.trailing'));
      this.trailing.focus();
      return;
    }
    if (!this.server) {
      this.feedback.showAlert(
        this.tr('sidebar.reset.proposeFailed', { error: 'google.script.run' }),
      );
      return;
    }
    this.feedback.showAlert('');
    this.setBusy(true, this.proposeRow, this.tr('sidebar.reset.proposing'));
    try {
      const proposal = await this.server.getResetProposal({ trailingMonths });
      this.trailingUsed = trailingMonths;
      this.proposal = proposal;
      this.touched.clear();
      this.showAll = false;
      this.renderProposal(proposal);
      this.feedback.setStatus(
        this.tr('sidebar.reset.proposed', { month: this.month(proposal.asOfMonth) }),
        'done',
      );
    } catch (error) {
      this.feedback.setStatus('');
      this.feedback.showAlert(
        this.tr('sidebar.reset.proposeFailed', { error: errorMessage(error) }),
      );
    } finally {
      this.setBusy(false, this.proposeRow);
    }
  }

  private month(key: string): string {
    return monthLabel(key, this.ctx.locale);
  }

  // ── the proposal ───────────────────────────────────────────────────────

  private renderProposal(p: ResetProposal): void {
    const tr = this.tr;
    const { locale, decimal, lang } = this.ctx;
    this.rows = proposalRows(p, locale, decimal, lang);
    const body = el('tbody', {});
    this.rows.forEach((row, i) => {
      const input = el('input', {
        type: 'text',
        inputmode: 'decimal',
        class: 'num',
        autocomplete: 'off',
        id: rateId(i),
        'data-index': i,
        'aria-describedby': `${errorId(rateId(i))} ${rateId(i)}-why`,
      });
      input.value = row.proposed;
      body.appendChild(
        el(
          'tr',
          { class: `rate-row ${row.used}`, 'data-from': row.from },
          el('th', { scope: 'row' }, row.label),
          el('td', { class: 'n planned' }, row.planned),
          el(
            'td',
            { class: 'new' },
            el(
              'label',
              { for: rateId(i), class: 'sr-only' },
              tr('sidebar.reset.rateLabel', { from: row.from, to: row.to }),
            ),
            el(
              'div',
              { class: 'affix' },
              input,
              el('span', { class: 'suffix', 'aria-hidden': 'true' }, '%'),
            ),
          ),
        ),
      );
      body.appendChild(
        el(
          'tr',
          { class: `why-row ${row.used}` },
          el(
            'td',
            { colspan: 3 },
            el('p', { class: 'why', id: `${rateId(i)}-why` }, row.message),
            el('p', { class: 'error', id: errorId(rateId(i)), 'aria-live': 'polite' }),
          ),
        ),
      );
    });
    const table = el(
      'table',
      { class: 'rates', id: 'reset-rates' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, tr('sidebar.reset.col.transition')),
          el('th', { scope: 'col', class: 'n' }, tr('sidebar.reset.col.planned')),
          el('th', { scope: 'col', class: 'n' }, tr('sidebar.reset.col.proposed')),
        ),
      ),
      body,
    );

    const targets = nextTargets(
      p,
      this.dealSize(),
      p.proposals.map((r) => r.proposed),
    );
    const next = nextSummary(p, targets, locale, lang);
    this.targetCells = next.targets.map((t) => el('td', { class: 'n' }, t.count));
    const nextBlock = el(
      'div',
      { class: 'next', role: 'group', 'aria-labelledby': 'reset-next-title' },
      el('h3', { id: 'reset-next-title' }, tr('sidebar.reset.nextTitle')),
      el(
        'dl',
        { class: 'figures', id: 'reset-next' },
        el('div', {}, el('dt', {}, tr('sidebar.reset.period')), el('dd', {}, next.period)),
        el(
          'div',
          {},
          el('dt', {}, tr('sidebar.reset.goal')),
          el('dd', {}, next.goal, el('span', { class: 'sub' }, next.achieved)),
        ),
        el('div', {}, el('dt', {}, tr('sidebar.reset.review')), el('dd', {}, next.review)),
      ),
      shortResetWarning(p, { lang, locale, stages: p.stages }),
      el(
        'table',
        { class: 'targets', id: 'reset-targets', 'aria-live': 'polite' },
        el('caption', {}, tr('sidebar.reset.targets')),
        el(
          'tbody',
          {},
          ...next.targets.map((t, i) =>
            el('tr', {}, el('th', { scope: 'row' }, t.stage), this.targetCells[i]),
          ),
        ),
      ),
    );

    this.startButton = el(
      'button',
      { type: 'button', class: 'button primary', id: 'reset-start' },
      tr('sidebar.reset.start'),
    );
    this.startButton.addEventListener('click', () => this.askConfirm());
    const confirmButton = el(
      'button',
      { type: 'button', class: 'button primary', id: 'reset-confirm' },
      tr('sidebar.reset.confirmButton'),
    );
    const cancelButton = el(
      'button',
      { type: 'button', class: 'button secondary', id: 'reset-cancel' },
      tr('sidebar.reset.cancel'),
    );
    confirmButton.addEventListener('click', () => void this.reset());
    cancelButton.addEventListener('click', () => this.cancelConfirm());
    this.confirmRow = actions(confirmButton, cancelButton);
    this.confirmBox = el(
      'div',
      {
        class: 'confirm',
        id: 'reset-confirm-box',
        role: 'group',
        'aria-labelledby': 'reset-confirm-question',
        'aria-describedby': 'reset-confirm-hint',
        hidden: true,
      },
      el(
        'p',
        { id: 'reset-confirm-question', class: 'question' },
        tr('sidebar.reset.confirm', { name: p.sheetName, archive: p.archiveName }),
      ),
      el('p', { id: 'reset-confirm-hint', class: 'hint' }, tr('sidebar.reset.confirmHint')),
      this.confirmRow,
    );
    replaceChildren(
      this.proposalSlot,
      table,
      nextBlock,
      el('div', { class: 'actions' }, this.startButton),
      this.confirmBox,
    );
    this.proposalSlot.hidden = false;
  }

  private rateInputs(): HTMLInputElement[] {
    return this.rows.map(
      (_, i) => this.proposalSlot.querySelector(`#${rateId(i)}`) as HTMLInputElement,
    );
  }

  /** Reads the rate inputs, shows the errors the user has reached, updates the next targets. */
  private checkRates(): { rates: number[]; ok: boolean; invalid: HTMLInputElement[] } {
    const inputs = this.rateInputs();
    const { rates, errors } = parseRateEdits(
      inputs.map((i) => i.value),
      this.rows,
      this.ctx.decimal,
      this.ctx.lang,
    );
    const byIndex = new Map(errors.map((e) => [e.index, e.message]));
    const invalid: HTMLInputElement[] = [];
    inputs.forEach((input, i) => {
      const message = this.showAll || this.touched.has(i) ? (byIndex.get(i) ?? '') : '';
      setFieldError(this.proposalSlot, input.id, message);
      if (message) invalid.push(input);
    });
    if (this.proposal && errors.length === 0) {
      const targets = nextTargets(this.proposal, this.dealSize(), rates);
      const next = nextSummary(this.proposal, targets, this.ctx.locale, this.ctx.lang);
      next.targets.forEach((t, i) => {
        const cell = this.targetCells[i];
        if (cell && cell.textContent !== t.count) cell.textContent = t.count;
      });
    }
    return { rates, ok: errors.length === 0, invalid };
  }

  private rateEdited(e: Event): void {
    const index = (e.target as HTMLElement).getAttribute('data-index');
    if (index === null) return;
    this.touched.add(Number(index));
    if (this.confirmBox && !this.confirmBox.hidden) this.cancelConfirm(false);
    if (!this.busy) this.feedback.setStatus('');
    this.checkRates();
  }

  private tidyRate(input: HTMLInputElement): void {
    const index = input.getAttribute('data-index');
    if (index === null) return;
    const { rates, errors } = parseRateEdits(
      [input.value],
      [this.rows[Number(index)]],
      this.ctx.decimal,
    );
    if (errors.length === 0) input.value = formatPercent(rates[0], this.ctx.decimal);
  }

  // ── confirming and resetting ───────────────────────────────────────────

  private askConfirm(): void {
    if (!this.proposal || !this.confirmBox || this.busy) return;
    this.showAll = true;
    const { ok, invalid } = this.checkRates();
    if (!ok) {
      this.feedback.setStatus(this.tr('sidebar.reset.fixRates', { count: invalid.length }));
      invalid[0]?.focus();
      return;
    }
    this.feedback.setStatus('');
    this.confirmBox.hidden = false;
    if (this.startButton) this.startButton.hidden = true;
    this.confirmBox.scrollIntoView({ block: 'nearest' });
    (this.confirmBox.querySelector('#reset-confirm') as HTMLButtonElement).focus();
  }

  private cancelConfirm(refocus = true): void {
    if (!this.confirmBox || this.busy) return;
    this.confirmBox.hidden = true;
    if (this.startButton) {
      this.startButton.hidden = false;
      if (refocus) this.startButton.focus();
    }
  }

  private async reset(): Promise<void> {
    const p = this.proposal;
    if (!p || !this.server || this.busy || !this.confirmRow) return;
    this.showAll = true;
    const { rates, ok, invalid } = this.checkRates();
    if (!ok) {
      this.cancelConfirm(false);
      invalid[0]?.focus();
      return;
    }
    this.feedback.showAlert('');
    this.setBusy(true, this.confirmRow, this.tr('sidebar.reset.running', { name: p.sheetName }));
    try {
      const result = await this.server.resetSla({ trailingMonths: this.trailingUsed, rates });
      // Still busy: the sidebar now reloads the agreement and replaces this section.
      this.events.done(result, nextSummary(p, [], this.ctx.locale, this.ctx.lang).start);
    } catch (error) {
      this.feedback.setStatus('');
      this.feedback.showAlert(this.tr('sidebar.reset.failed', { error: errorMessage(error) }));
      this.setBusy(false, this.confirmRow);
    }
  }

  private setBusy(busy: boolean, row: HTMLElement, status?: string): void {
    this.busy = busy;
    const controls = [
      this.trailing,
      this.proposeButton,
      ...(this.confirmRow ? Array.from(this.confirmRow.querySelectorAll('button')) : []),
      ...this.rateInputs(),
    ];
    setBusy(this.element, row, busy, controls);
    if (busy && status) this.feedback.setStatus(status, 'busy');
  }
}

/** A reset leaving fewer than three months: the offer to plan a full year into the next period. */
function shortResetWarning(p: ResetProposal, c: WarningContext): HTMLElement | null {
  // A year is what planners reset to; the proposal does not carry the old period's length.
  const w = resetLengthWarning(p.next.periodStart, p.next.months, 12);
  return w
    ? el('p', { class: 'warnings', id: 'reset-short', role: 'status' }, warningText(w, c))
    : null;
}
