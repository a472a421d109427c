/**
 * Toasts (Spreadsheet.toast) shown briefly bottom-right, add-on errors as
 * red toasts, and ui.alert messages as a modal dialog — each shown once.
 */
import { h } from './dom';

/** Apps Script's default toast timeout is 5 s. */
const TOAST_MS = 5000;

export function showToast(
  stack: HTMLElement,
  toast: { message: string; title?: string },
  kind: 'info' | 'error' = 'info',
): void {
  const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss' }, '×');
  const el = h(
    'div',
    { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h(
      'div',
      { class: 'toast-body' },
      toast.title ? h('div', { class: 'toast-title' }, toast.title) : '',
      h('div', { class: 'toast-message' }, toast.message),
    ),
    close,
  );
  const remove = () => el.remove();
  close.addEventListener('click', remove);
  // Errors stay longer: they are what a user must read.
  setTimeout(remove, kind === 'error' ? TOAST_MS * 2 : TOAST_MS);
  stack.append(el);
}

/** Shows queued alerts one after another in the page's <dialog>. */
export class Alerts {
  private queue: string[] = [];

  constructor(private readonly dialog: HTMLDialogElement) {
    dialog.addEventListener('close', () => this.next());
  }

  push(messages: string[]): void {
    this.queue.push(...messages);
    if (!this.dialog.open) this.next();
  }

  private next(): void {
    const message = this.queue.shift();
    if (message === undefined) return;
    const text = this.dialog.querySelector('.alert-message');
    if (text) text.textContent = message;
    this.dialog.showModal();
  }
}
