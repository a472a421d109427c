/**
 * The two language choices in the sidebar: the sidebar's own language (the
 * user's, saved in their user properties by setUserLanguage) and the SLA
 * tab's language (saved with the SLA at the next build).
 */
import { LANGUAGE_NAMES, LANGUAGES, type Lang, t } from '../api/messages';
import { el } from './dom';

function languageSelect(id: string, value: string): HTMLSelectElement {
  const select = el('select', { id, name: id });
  for (const l of LANGUAGES) {
    // Each name in its own language, marked so screen readers pronounce it right.
    const option = el('option', { value: l, lang: l }, LANGUAGE_NAMES[l]);
    select.appendChild(option);
  }
  select.value = value;
  return select;
}

/** "Sidebar language" select; `changed` receives the chosen language. */
export function uiLanguageField(lang: Lang, changed: (lang: Lang) => void): HTMLElement {
  const select = languageSelect('ui-language', lang);
  select.addEventListener('change', () => changed(select.value as Lang));
  return el(
    'div',
    { class: 'field language-field' },
    el('label', { for: select.id }, t('sidebar.language.ui', undefined, lang)),
    select,
  );
}

/** "Language of the SLA tab" select with its hint; read it with `.value`. */
export function slaLanguageField(
  uiLang: Lang,
  slaLang: Lang,
): { element: HTMLElement; select: HTMLSelectElement } {
  const select = languageSelect('sla-language', slaLang);
  select.setAttribute('aria-describedby', 'sla-language-hint');
  const element = el(
    'div',
    { class: 'field language-field' },
    el('label', { for: select.id }, t('sidebar.language.sla', undefined, uiLang)),
    select,
    el(
      'p',
      { class: 'hint', id: 'sla-language-hint' },
      t('sidebar.language.slaHint', undefined, uiLang),
    ),
  );
  return { element, select };
}
