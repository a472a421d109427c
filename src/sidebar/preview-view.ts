/**
 * The live preview as DOM: the period target per stage and the handover
 * stage's targets per month as a bar list. Text nodes only.
 */
import { type MessageKey, type Params, t } from '../api/messages';
import type { Settings } from '../api/settings';
import { el, replaceChildren } from './dom';
import { formatGrouped, intlLocale } from './numbers';
import type { Preview } from './preview';

export interface PreviewContext {
  lang: string;
  locale: string;
}

/** Fills the preview section: numbers when the settings are valid, a hint when they are not. */
export function renderPreview(
  slot: HTMLElement,
  ctx: PreviewContext,
  result: { preview: Preview; settings: Settings } | null,
): void {
  const tr = (key: MessageKey, params?: Params) => t(key, params, ctx.lang);
  const title = el('h2', { id: 'preview-title' }, tr('sidebar.section.preview'));
  if (!result) {
    slot.setAttribute('data-state', 'invalid');
    replaceChildren(
      slot,
      title,
      el('p', { class: 'preview-empty' }, tr('sidebar.preview.invalid')),
    );
    return;
  }
  slot.setAttribute('data-state', 'ready');
  const { preview: p, settings: s } = result;
  const num = (x: number) => formatGrouped(x, ctx.locale, 0);
  const money = (x: number) => formatGrouped(x, ctx.locale, 2);

  const summary = el(
    'p',
    { class: 'preview-summary' },
    t(
      'sidebar.preview.deals',
      {
        deals: num(p.deals),
        dealSize: money(s.dealSize),
        currency: s.currency,
        goal: money(s.revenueGoal),
      },
      ctx.lang,
    ),
  );

  const funnel = el(
    'table',
    { class: 'funnel', id: 'preview-funnel' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, tr('sidebar.preview.stage')),
        el('th', { scope: 'col', class: 'n' }, tr('sidebar.preview.needed')),
      ),
    ),
    el(
      'tbody',
      {},
      ...p.stages.map((stage, i) =>
        el(
          'tr',
          { class: i === p.handover ? 'handover' : null },
          el('th', { scope: 'row' }, stage.name),
          el('td', { class: 'n' }, num(stage.count)),
        ),
      ),
    ),
  );

  const handoverName = p.stages[p.handover]?.name ?? '';
  const max = Math.max(1, ...p.months.map((m) => m.count));
  const fmt = new Intl.DateTimeFormat(intlLocale(ctx.locale), {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  const label = (key: string) =>
    fmt.format(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5)) - 1, 1));
  const total = p.months.reduce((a, m) => a + m.count, 0);
  const bar = (count: number) => {
    const fill = el('span', { class: 'bar-fill' });
    fill.style.width = `${Math.round((count / max) * 100)}%`;
    return el('span', { class: 'bar', 'aria-hidden': 'true' }, fill);
  };
  const monthly = el(
    'table',
    { class: 'monthly', id: 'preview-months', 'aria-labelledby': 'preview-months-title' },
    el(
      'thead',
      { class: 'sr-only' },
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, tr('sidebar.preview.month')),
        el('td', {}),
        el('th', { scope: 'col' }, tr('sidebar.preview.count')),
      ),
    ),
    el(
      'tbody',
      {},
      ...p.months.map((m) =>
        el(
          'tr',
          { 'data-month': m.month },
          el('th', { scope: 'row' }, label(m.month)),
          el('td', { class: 'bar-cell' }, bar(m.count)),
          el('td', { class: 'n' }, num(m.count)),
        ),
      ),
    ),
    el(
      'tfoot',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, tr('sidebar.preview.total')),
        el('td', {}),
        el('td', { class: 'n' }, num(total)),
      ),
    ),
  );

  replaceChildren(
    slot,
    title,
    summary,
    funnel,
    el(
      'h3',
      { id: 'preview-months-title' },
      tr('sidebar.preview.perMonth', { stage: handoverName }),
    ),
    p.lag > 0
      ? el('p', { class: 'hint' }, t('sidebar.preview.lag', { months: p.lag }, ctx.lang))
      : null,
    monthly,
  );
}
