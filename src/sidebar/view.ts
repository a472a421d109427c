/**
 * The settings form as DOM: built from FormValues, read back into FormValues,
 * inline errors by field path. Every input has a <label for>, a hint and an
 * error element it names in aria-describedby; errors are aria-live.
 */

import { type MessageKey, type Params, t } from '../api/messages';
import { AGREEMENT_KEYS, type AgreementKey, type FieldError, MAX_STAGES } from '../api/settings';
import { append, type Child, el, ICONS, icon, replaceChildren, srOnly } from './dom';
import { CURRENCIES, type FormValues, monthCount, SHAPE_KINDS, type ShapeKind } from './form';
import { intlLocale } from './numbers';
import { errorId, type FieldOptions, field } from './panel';
import { monthKeys } from './preview';

/** `rates.2` → `f-rates-2`: the id of the input for a field path. */
export const fieldId = (path: string): string => `f-${path.replace(/\./g, '-')}`;
const errId = (path: string): string => errorId(fieldId(path));

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FormEvents {
  /** The user changed the field at `path` (typing, picking, toggling). */
  changed(path: string): void;
  addStage(): void;
  removeStage(index: number): void;
}

const OTHER = 'other';
const OWNER_KEYS: AgreementKey[] = ['marketingOwner', 'salesOwner'];

export class FormView {
  readonly form: HTMLFormElement;
  /** Where the preview goes (between the model and the agreement sections). */
  readonly previewSlot: HTMLElement;
  private readonly tr: (key: MessageKey, params?: Params) => string;
  private readonly stageList: HTMLOListElement;
  private readonly addButton: HTMLButtonElement;
  private readonly weightsGrid: HTMLDivElement;
  private readonly growthPanel: HTMLElement;
  private readonly weightsPanel: HTMLElement;
  private readonly currencyCode: HTMLElement;
  private stageCount = 0;
  private weightCount = 0;
  private reviewEdited = false;

  constructor(
    values: FormValues,
    private readonly opts: { lang: string; locale: string },
    private readonly events: FormEvents,
  ) {
    this.tr = (key, params) => t(key, params, opts.lang);
    const tr = this.tr;
    this.form = el('form', {
      id: 'sla-form',
      novalidate: true,
      'aria-label': tr('sidebar.heading'),
    });
    this.stageList = el('ol', { class: 'stages' });
    this.addButton = el(
      'button',
      { type: 'button', class: 'button secondary small', id: 'add-stage' },
      icon(ICONS.add),
      tr('sidebar.stage.add'),
    );
    this.addButton.addEventListener('click', () => events.addStage());
    this.weightsGrid = el('div', { class: 'weights' });
    this.previewSlot = el('section', {
      class: 'section preview',
      id: 'preview',
      'aria-labelledby': 'preview-title',
    });

    // Currency: a select of common codes, or any 3-letter code typed in.
    const known = CURRENCIES.includes(values.currency);
    const currency = el('select', { name: 'currency' });
    for (const code of CURRENCIES) currency.appendChild(el('option', { value: code }, code));
    currency.appendChild(el('option', { value: OTHER }, tr('sidebar.currency.other')));
    currency.value = known ? values.currency : OTHER;
    const code = this.text(known ? '' : values.currency, {
      maxlength: 3,
      autocapitalize: 'characters',
      class: 'code',
    });
    code.id = `${fieldId('currency')}-code`;
    code.setAttribute('data-path', 'currency');
    code.setAttribute('aria-describedby', errId('currency'));
    this.currencyCode = el(
      'div',
      { class: 'field currency-code', hidden: known },
      el('label', { for: code.id }, tr('sidebar.field.currencyCode')),
      code,
    );

    // Monthly shape: radios, the growth rate, the weights grid.
    const radios = el(
      'fieldset',
      { class: 'radios' },
      el('legend', { class: 'sr-only' }, tr('settings.field.shape')),
      ...SHAPE_KINDS.map((kind) => {
        const id = `shape-${kind}`;
        const radio = el('input', { type: 'radio', name: 'shape', id, value: kind });
        radio.checked = values.shape === kind;
        radio.setAttribute('data-path', 'shape');
        return el(
          'div',
          { class: 'radio' },
          radio,
          el('label', { for: id }, tr(`sidebar.shape.${kind}`)),
        );
      }),
    );
    this.growthPanel = el(
      'div',
      { class: 'shape-panel' },
      this.field('shape.rate', tr('sidebar.shape.growthRate'), this.number(values.growth), {
        inline: true,
        suffix: '%',
      }),
    );
    this.weightsPanel = el(
      'fieldset',
      {
        class: 'shape-panel weights-panel',
        'aria-describedby': `${fieldId('shape.weights')}-hint ${errId('shape.weights')}`,
      },
      el('legend', { class: 'sr-only' }, tr('sidebar.shape.weights')),
      el(
        'p',
        { class: 'hint', id: `${fieldId('shape.weights')}-hint` },
        tr('sidebar.shape.weightsHint'),
      ),
      this.weightsGrid,
      el('p', { class: 'error', id: errId('shape.weights'), 'aria-live': 'polite' }),
    );

    const reviewDate = this.text(values.reviewDate, { type: 'date', placeholder: 'YYYY-MM-DD' });
    append(this.form, [
      this.section(
        'period',
        true,
        el(
          'div',
          { class: 'row' },
          this.field(
            'periodStart',
            tr('settings.field.periodStart'),
            this.text(values.periodStart, { type: 'month', placeholder: 'YYYY-MM' }),
            { className: 'grow' },
          ),
          this.field(
            'months',
            tr('settings.field.months'),
            this.text(values.months, { type: 'number', min: 1, max: 36, step: 1 }),
            { className: 'narrow months' },
          ),
        ),
        this.field('reviewDate', tr('settings.field.reviewDate'), reviewDate, {
          hint: tr('sidebar.hint.reviewDate'),
        }),
      ),
      this.section(
        'goal',
        true,
        el(
          'div',
          { class: 'row' },
          this.field(
            'revenueGoal',
            tr('settings.field.revenueGoal'),
            this.number(values.revenueGoal),
            {
              className: 'grow',
            },
          ),
          this.field('currency', tr('settings.field.currency'), currency, { className: 'narrow' }),
        ),
        this.currencyCode,
        this.field('dealSize', tr('settings.field.dealSize'), this.number(values.dealSize)),
      ),
      this.section(
        'stages',
        true,
        el('p', { class: 'hint' }, tr('sidebar.hint.stages')),
        this.stageList,
        el('p', { class: 'error', id: errId('stages'), 'aria-live': 'polite' }),
        el(
          'div',
          { class: 'add-row' },
          this.addButton,
          el('span', { class: 'hint' }, tr('sidebar.stage.addHint')),
        ),
      ),
      this.section('shape', true, radios, this.growthPanel, this.weightsPanel),
      this.previewSlot,
      this.section(
        'commitments',
        true,
        this.field(
          'followUpHours',
          tr('settings.field.followUpHours'),
          this.number(values.followUpHours),
          {
            inline: true,
          },
        ),
        this.field('minTouches', tr('settings.field.minTouches'), this.number(values.minTouches), {
          inline: true,
        }),
        this.field(
          'feedbackDays',
          tr('settings.field.feedbackDays'),
          this.number(values.feedbackDays),
          {
            inline: true,
          },
        ),
        this.field('tolerance', tr('sidebar.field.tolerance'), this.number(values.tolerance), {
          inline: true,
          suffix: '%',
          hint: tr('sidebar.hint.tolerance'),
        }),
      ),
      this.section(
        'agreement',
        false,
        el('p', { class: 'hint' }, tr('sidebar.hint.agreement')),
        ...AGREEMENT_KEYS.map((key) => {
          const owner = OWNER_KEYS.includes(key);
          const control = owner
            ? this.text(values.agreement[key], { maxlength: 200 })
            : el('textarea', { rows: 4, maxlength: 2000 });
          if (!owner) (control as HTMLTextAreaElement).value = values.agreement[key];
          return this.field(`agreement.${key}`, tr(`sla.agreement.${key}`), control);
        }),
      ),
    ]);

    this.form.addEventListener('input', (e) => this.onEdit(e));
    this.form.addEventListener('change', (e) => {
      const target = e.target as Control;
      // Text inputs report on `input`; selects, radios and date pickers settle on `change`.
      if (target.tagName === 'SELECT' || (target as HTMLInputElement).type === 'radio')
        this.onEdit(e);
    });
    this.setStages(values);
    this.setWeights(values);
    this.setReviewEdited(values.reviewEdited);
    this.syncShape(values.shape);
  }

  private onEdit(e: Event): void {
    const target = e.target as Control;
    const path = target.getAttribute('data-path');
    if (!path) return;
    if (path === 'currency' && target.tagName === 'SELECT') {
      this.currencyCode.hidden = target.value !== OTHER;
      if (target.value === OTHER)
        (this.currencyCode.querySelector('input') as HTMLInputElement).focus();
    }
    if (path === 'shape') this.syncShape(target.value as ShapeKind);
    if (path.startsWith('stages.')) this.relabelStages();
    this.events.changed(path);
  }

  // ── reading ────────────────────────────────────────────────────────────

  /** An element of this form by id (works before the form is in the page). */
  private byId(id: string): HTMLElement | null {
    return this.form.querySelector(`#${id}`);
  }

  private value(path: string): string {
    const node = this.byId(fieldId(path)) as Control | null;
    return node ? node.value : '';
  }

  /** Everything the inputs hold now. */
  read(): FormValues {
    const select = this.value('currency');
    const code = (this.currencyCode.querySelector('input') as HTMLInputElement).value;
    const checked = this.form.querySelector<HTMLInputElement>('input[name="shape"]:checked');
    const list = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => this.value(`${prefix}.${i}`));
    const agreement = {} as FormValues['agreement'];
    for (const k of AGREEMENT_KEYS) agreement[k] = this.value(`agreement.${k}`);
    return {
      periodStart: this.value('periodStart'),
      months: this.value('months'),
      reviewDate: this.value('reviewDate'),
      reviewEdited: this.reviewEdited,
      revenueGoal: this.value('revenueGoal'),
      currency: select === OTHER ? code : select,
      dealSize: this.value('dealSize'),
      stages: list('stages', this.stageCount),
      rates: list('rates', this.stageCount - 1),
      lagDays: list('lagDays', this.stageCount - 1),
      shape: (checked?.value as ShapeKind) ?? 'even',
      growth: this.value('shape.rate'),
      weights: list('shape.weights', this.weightCount),
      tolerance: this.value('tolerance'),
      followUpHours: this.value('followUpHours'),
      minTouches: this.value('minTouches'),
      feedbackDays: this.value('feedbackDays'),
      agreement,
    };
  }

  // ── writing parts that follow other fields ─────────────────────────────

  setReviewDate(date: string): void {
    (this.byId(fieldId('reviewDate')) as HTMLInputElement).value = date;
  }

  setReviewEdited(edited: boolean): void {
    this.reviewEdited = edited;
  }

  private syncShape(kind: ShapeKind): void {
    this.growthPanel.hidden = kind !== 'growth';
    this.weightsPanel.hidden = kind !== 'weights';
  }

  /** Rebuilds the stage list: one row per stage, a rate and days row between each pair. */
  setStages(values: FormValues): void {
    const tr = this.tr;
    const n = values.stages.length;
    this.stageCount = n;
    const items: Child[] = values.stages.map((name, i) => {
      const input = this.text(name, { class: 'stage-name', maxlength: 40 });
      const remove = el(
        'button',
        { type: 'button', class: 'icon-button', 'data-remove': i, disabled: n <= 2 },
        icon(ICONS.remove),
      );
      remove.addEventListener('click', () => this.events.removeStage(i));
      const row = el(
        'div',
        { class: 'stage-row' },
        this.field(
          `stages.${i}`,
          [el('span', { 'aria-hidden': 'true' }, String(i + 1)), srOnly('')],
          input,
          {
            className: 'stage',
          },
        ),
        remove,
      );
      if (i === n - 1) return el('li', { class: 'stage-item' }, row);
      const errors = el('div', { class: 'gap-errors' });
      const gap = el(
        'div',
        { class: 'gap' },
        el('span', { class: 'gap-arrow', 'aria-hidden': 'true' }, icon(ICONS.arrow)),
        this.field(
          `rates.${i}`,
          [tr('sidebar.stage.rate'), srOnly('')],
          this.number(values.rates[i] ?? ''),
          {
            inline: true,
            suffix: '%',
            className: 'rate',
            errorSlot: errors,
          },
        ),
        this.field(
          `lagDays.${i}`,
          [tr('sidebar.stage.days'), srOnly('')],
          this.number(values.lagDays[i] ?? ''),
          {
            inline: true,
            className: 'days',
            errorSlot: errors,
          },
        ),
      );
      return el('li', { class: 'stage-item' }, row, gap, errors);
    });
    replaceChildren(this.stageList, ...items);
    this.addButton.disabled = n >= MAX_STAGES;
    this.relabelStages();
  }

  /** Accessible names that mention stage names ("Rate from Leads to MQLs"), after a rename. */
  private relabelStages(): void {
    const tr = this.tr;
    const names = Array.from({ length: this.stageCount }, (_, i) => {
      const typed = this.value(`stages.${i}`).trim();
      return typed || tr('sidebar.stage.unnamed', { n: i + 1 });
    });
    const setSr = (path: string, text: string) => {
      const label = this.form.querySelector(`label[for="${fieldId(path)}"] .sr-only`);
      if (label) label.textContent = text;
    };
    names.forEach((name, i) => {
      setSr(`stages.${i}`, tr('sidebar.stage.name', { n: i + 1 }));
      const remove = this.stageList.querySelector(`[data-remove="${i}"]`);
      remove?.setAttribute('aria-label', tr('sidebar.stage.remove', { name }));
      remove?.setAttribute('title', tr('sidebar.stage.remove', { name }));
      if (i + 1 < names.length) {
        const ctx = { from: name, to: names[i + 1] };
        setSr(`rates.${i}`, ` ${tr('sidebar.stage.rateContext', ctx)}`);
        setSr(`lagDays.${i}`, ` ${tr('sidebar.stage.daysContext', ctx)}`);
      }
    });
  }

  /** Rebuilds the weights grid: one input per month, labelled with the month. */
  setWeights(values: FormValues): void {
    const n = monthCount(values);
    this.weightCount = n;
    const keys = /^\d{4}-(0[1-9]|1[0-2])$/.test(values.periodStart)
      ? monthKeys(values.periodStart, n)
      : null;
    const fmt = new Intl.DateTimeFormat(intlLocale(this.opts.locale), {
      month: 'short',
      year: '2-digit',
      timeZone: 'UTC',
    });
    const cells = Array.from({ length: n }, (_, i) => {
      const label = keys
        ? fmt.format(Date.UTC(Number(keys[i].slice(0, 4)), Number(keys[i].slice(5)) - 1, 1))
        : this.tr('sidebar.shape.month', { n: i + 1 });
      return this.field(`shape.weights.${i}`, label, this.number(values.weights[i] ?? '1'), {
        className: 'weight',
        describedBy: [errId('shape.weights')],
      });
    });
    replaceChildren(this.weightsGrid, ...cells);
  }

  // ── errors ─────────────────────────────────────────────────────────────

  /**
   * Shows `errors` next to their fields (only those `visible` says the user
   * has reached) and clears the rest. Returns the inputs now marked invalid,
   * in document order.
   */
  showErrors(errors: FieldError[], visible: (field: string) => boolean): Control[] {
    for (const node of Array.from(this.form.querySelectorAll('.error'))) node.textContent = '';
    for (const node of Array.from(this.form.querySelectorAll('[aria-invalid]')))
      node.removeAttribute('aria-invalid');
    const invalid = new Set<Control>();
    for (const error of errors) {
      if (!visible(error.field)) continue;
      const box = this.errorBox(error.field);
      if (box)
        box.textContent = box.textContent ? `${box.textContent} ${error.message}` : error.message;
      for (const control of this.controlsFor(error.field)) {
        control.setAttribute('aria-invalid', 'true');
        invalid.add(control);
      }
    }
    const all = Array.from(this.form.querySelectorAll<Control>('input, select, textarea'));
    return all.filter((c) => invalid.has(c));
  }

  /** The error element for a path, or the nearest enclosing one (`shape.weights.3` → `shape.weights`). */
  private errorBox(field: string): HTMLElement | null {
    const parts = field.split('.');
    for (let k = parts.length; k > 0; k--) {
      const node = this.byId(errId(parts.slice(0, k).join('.')));
      if (node) return node;
    }
    return document.getElementById('form-errors');
  }

  /** The inputs an error is about: the field's own, or every input of a group (`shape.weights`). */
  private controlsFor(field: string): Control[] {
    if (field === 'currency') {
      const select = this.byId(fieldId('currency')) as HTMLSelectElement;
      return select.value === OTHER
        ? [this.currencyCode.querySelector('input') as HTMLInputElement]
        : [select];
    }
    const own = this.byId(fieldId(field)) as Control | null;
    if (own) return [own];
    const prefix = `${fieldId(field)}-`;
    return Array.from(this.form.querySelectorAll<Control>(`[id^="${prefix}"]`)).filter(
      (c) => /^(INPUT|SELECT|TEXTAREA)$/.test(c.tagName) && /-\d+$/.test(c.id),
    );
  }

  /** Moves focus to an input, opening its section first. */
  focus(control: Control): void {
    const details = control.closest('details');
    if (details && !details.open) details.open = true;
    control.focus({ preventScroll: true });
    // Centered, so neither the sticky footer nor the section heading hides it or its error.
    control.scrollIntoView({ block: 'center' });
    if (control instanceof HTMLInputElement && control.type === 'text') control.select();
  }

  focusPath(path: string): void {
    const node = this.byId(fieldId(path)) as Control | null;
    if (node) this.focus(node);
  }

  // ── building blocks ────────────────────────────────────────────────────

  private section(key: string, open: boolean, ...content: Child[]): HTMLDetailsElement {
    return el(
      'details',
      { class: 'section', open, id: `section-${key}` },
      el('summary', {}, el('h2', {}, this.tr(`sidebar.section.${key}` as MessageKey))),
      el('div', { class: 'section-body' }, ...content),
    );
  }

  private text(
    value: string,
    attrs: Record<string, string | number | boolean> = {},
  ): HTMLInputElement {
    const input = el('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', ...attrs });
    input.value = value;
    return input;
  }

  /** A number typed as text: "1,200,000", "30,5" and "30%" are all fine (form.ts reads them). */
  private number(value: string): HTMLInputElement {
    return this.text(value, { inputmode: 'decimal', class: 'num' });
  }

  /** A form field: the shared field, its id and error id derived from the settings path. */
  private field(
    path: string,
    label: Child | Child[],
    control: Control,
    o: FieldOptions = {},
  ): HTMLDivElement {
    control.setAttribute('data-path', path);
    if (control instanceof HTMLTextAreaElement) control.setAttribute('spellcheck', 'true');
    return field(fieldId(path), label, control, o);
  }
}
