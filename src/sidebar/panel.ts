/**
 * Building blocks the sections after the SLA form share (actuals, reset), in
 * the form's markup: collapsible sections, labelled fields with a hint and an
 * inline error named in aria-describedby, a busy button with a spinner, and a
 * status line (aria-live) next to an alert region.
 */
import { type MessageKey, type Params, t } from '../api/messages';
import { type Child, el, ICONS, icon, replaceChildren } from './dom';

export interface PanelContext {
  lang: string;
  /** Spreadsheet locale (numbers, dates). */
  locale: string;
  /** Spreadsheet time zone (times of refreshes); '' when unknown. */
  timeZone: string;
  decimal: '.' | ',';
}

export type Tr = (key: MessageKey, params?: Params) => string;

export const translator =
  (lang: string): Tr =>
  (key, params) =>
    t(key, params, lang);

export const errorId = (id: string): string => `${id}-err`;
export const hintId = (id: string): string => `${id}-hint`;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FieldOptions {
  hint?: string;
  className?: string;
  /** Label left, control right (short numbers). */
  inline?: boolean;
  suffix?: string;
  /** More ids for aria-describedby (a group's error, a live note). */
  describedBy?: string[];
  /** Where the error text goes when not under the control (a row of small fields). */
  errorSlot?: HTMLElement;
}

/** A label, the control, its hint and its (empty) inline error, wired by ids. */
export function field(
  id: string,
  label: Child | Child[],
  control: Control,
  o: FieldOptions = {},
): HTMLDivElement {
  control.id = id;
  const described = [o.hint ? hintId(id) : '', errorId(id), ...(o.describedBy ?? [])];
  control.setAttribute('aria-describedby', described.filter(Boolean).join(' '));
  const labelNode = el('label', { for: id }, ...(Array.isArray(label) ? label : [label]));
  const box = o.suffix
    ? el(
        'div',
        { class: 'affix' },
        control,
        el('span', { class: 'suffix', 'aria-hidden': 'true' }, o.suffix),
      )
    : control;
  const error = el('p', { class: 'error', id: errorId(id), 'aria-live': 'polite' });
  o.errorSlot?.appendChild(error);
  return el(
    'div',
    { class: ['field', o.inline ? 'inline' : '', o.className ?? ''].filter(Boolean).join(' ') },
    o.inline ? el('div', { class: 'inline-row' }, labelNode, box) : labelNode,
    o.inline ? null : box,
    o.hint ? el('p', { class: 'hint', id: hintId(id) }, o.hint) : null,
    o.errorSlot ? null : error,
  );
}

/** Shows (or clears, with '') the inline error of a control and marks it invalid. */
export function setFieldError(root: ParentNode, id: string, message: string): void {
  const control = root.querySelector(`#${id}`);
  const error = root.querySelector(`#${errorId(id)}`);
  if (error && error.textContent !== message) error.textContent = message;
  if (message) control?.setAttribute('aria-invalid', 'true');
  else control?.removeAttribute('aria-invalid');
}

/** A collapsible section like the form's (`details.section`, an h2 in the summary). */
export function section(
  id: string,
  title: string,
  open: boolean,
  ...content: Child[]
): HTMLDetailsElement {
  return el(
    'details',
    { class: 'section panel', open, id },
    el('summary', {}, el('h2', {}, title)),
    el('div', { class: 'section-body' }, ...content),
  );
}

/** A select of `[value, text]` options with `selected` chosen. */
export function select(
  options: readonly (readonly [string, string])[],
  selected: string,
  attrs: Record<string, string> = {},
): HTMLSelectElement {
  const node = el('select', attrs);
  for (const [value, text] of options) node.appendChild(el('option', { value }, text));
  node.value = selected;
  return node;
}

/** The status line (polite) and the alert region of one panel. */
export class Feedback {
  readonly status: HTMLElement;
  readonly alert: HTMLElement;

  constructor(idPrefix: string) {
    this.status = el('p', {
      class: 'status',
      id: `${idPrefix}-status`,
      role: 'status',
      'aria-live': 'polite',
    });
    // The region stays in the page (empty and flat when quiet) so its next text is announced.
    this.alert = el('div', { class: 'alert', id: `${idPrefix}-alert`, role: 'alert' });
  }

  setStatus(text: string, kind: 'busy' | 'done' | '' = ''): void {
    replaceChildren(this.status, kind === 'done' ? icon(ICONS.check) : null, text);
    this.status.setAttribute('data-kind', kind);
  }

  showAlert(text: string): void {
    replaceChildren(this.alert, text ? el('p', {}, text) : null);
  }
}

/** A button with a spinner beside it, shown while `busy`. */
export function actions(...buttons: HTMLButtonElement[]): HTMLDivElement {
  return el(
    'div',
    { class: 'actions' },
    ...buttons,
    el('span', { class: 'spinner', 'aria-hidden': 'true' }),
  );
}

/** Where focus was when a panel went busy (its disabled button loses it meanwhile). */
const focusBefore = new WeakMap<HTMLElement, HTMLElement>();

/**
 * Marks a panel busy (aria-busy on the panel, the spinner of `row` turning)
 * and disables `controls` meanwhile; the caller re-enables what should be.
 * Focus that a disabled control dropped goes back to it afterwards.
 */
export function setBusy(
  panel: HTMLElement,
  row: HTMLElement,
  busy: boolean,
  controls: readonly (HTMLButtonElement | Control | HTMLFieldSetElement)[],
): void {
  if (
    busy &&
    document.activeElement instanceof HTMLElement &&
    panel.contains(document.activeElement)
  )
    focusBefore.set(panel, document.activeElement);
  panel.setAttribute('aria-busy', String(busy));
  row.setAttribute('data-busy', String(busy));
  for (const c of controls) c.disabled = busy;
  if (busy) return;
  const before = focusBefore.get(panel);
  focusBefore.delete(panel);
  const lost = !document.activeElement || document.activeElement === document.body;
  if (lost && before?.isConnected && !(before as HTMLButtonElement).disabled)
    before.focus({ preventScroll: true });
}
