/** The sanity warnings as DOM, under the preview: a list of sentences (text nodes only). */
import { t } from '../api/messages';
import type { SanityWarning } from '../core/sanity';
import { el } from './dom';
import { type WarningContext, warningText } from './warnings';

/** Appends the warnings to `slot` (nothing when there are none). */
export function renderWarnings(
  slot: HTMLElement,
  c: WarningContext,
  warnings: readonly SanityWarning[],
): void {
  if (warnings.length === 0) return;
  slot.append(
    el(
      'div',
      { class: 'warnings', id: 'warnings', role: 'status' },
      el('h3', {}, t('warn.title', undefined, c.lang)),
      el('ul', {}, ...warnings.map((w) => el('li', { 'data-kind': w.kind }, warningText(w, c)))),
    ),
  );
}
