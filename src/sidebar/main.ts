/**
 * The sidebar: loads the agreement (getSidebarState), keeps the form, the
 * inline errors and the live preview in step while the user types, and
 * builds the SLA tab (buildSlaTab). Once a tab exists, the Actuals section
 * (actuals-view.ts) and the Reset SLA section (reset-view.ts) follow the
 * form. Logic lives in form.ts / preview.ts / mapping.ts / reset.ts; DOM in
 * the *-view.ts files; this file only wires them.
 */
import { isLang, type Lang, languageOf, type MessageKey, type Params, t } from '../api/messages';
import type { ServerApi } from '../api/server-api';
import { defaultSettings, type FieldError, type Settings } from '../api/settings';
import type { SidebarState } from '../api/sidebar';
import { ActualsPanel } from './actuals-view';
import { errorMessage, type Remote, type RunnerLike, serverApi } from './api';
import { el, ICONS, icon, replaceChildren } from './dom';
import {
  addStage,
  editReviewDate,
  type FormValues,
  followPeriod,
  fromSettings,
  monthCount,
  removeStage,
  validateForm,
} from './form';
import { slaLanguageField, uiLanguageField } from './language-view';
import { decimalSeparator, intlLocale } from './numbers';
import type { PanelContext } from './panel';
import { preview } from './preview';
import { renderPreview } from './preview-view';
import { ResetPanel } from './reset-view';
import { SignOffPanel } from './signoff-view';
import { FormView } from './view';
import { formWarnings } from './warnings';
import { renderWarnings } from './warnings-view';

const DEBOUNCE_MS = 150;

class Sidebar {
  private readonly lang: Lang;
  private readonly locale: string;
  /** The SLA tab's language: saved with the SLA at the next build. */
  private readonly slaLanguage: HTMLSelectElement;
  private readonly decimal: '.' | ',';
  private readonly view: FormView;
  private readonly buildButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly alert: HTMLElement;
  private readonly banner: HTMLElement | null;
  /** After the form: the Actuals and Reset SLA sections, or a hint until a tab is built. */
  private readonly afterBuild: HTMLElement;
  private readonly jump: HTMLElement;
  private actuals: ActualsPanel | null = null;
  private review: ResetPanel | null = null;
  /** Fields the user has edited: their errors show while typing. */
  private readonly touched = new Set<string>();
  /** After a build attempt every error shows. */
  private showAll = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private building = false;
  private period: { periodStart: string; months: string };
  private savedPeriod: { periodStart: string; months: string } | null;

  constructor(
    private readonly app: HTMLElement,
    private readonly state: SidebarState,
    private readonly server: Remote<ServerApi> | null,
    loadError: string,
    /** Shown at the top once the sidebar is up (after a reset reloaded it). */
    notice = '',
  ) {
    this.lang = isLang(state.lang) ? state.lang : 'en';
    // Screen readers pronounce, and CSS hyphenates, by the document's language.
    document.documentElement.lang = this.lang;
    this.locale = state.locale || 'en';
    this.decimal = decimalSeparator(this.locale);
    const values = fromSettings(state.settings, this.locale);
    this.period = { periodStart: values.periodStart, months: values.months };
    this.savedPeriod = state.sheetName ? { ...this.period } : null;

    this.view = new FormView(
      values,
      { lang: this.lang, locale: this.locale },
      {
        changed: (path) => this.changed(path),
        addStage: () => this.addStage(),
        removeStage: (i) => this.removeStage(i),
      },
    );
    this.view.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.build();
    });

    this.buildButton = el('button', {
      type: 'submit',
      form: 'sla-form',
      class: 'button primary',
      id: 'build',
    });
    this.status = el('p', { class: 'status', id: 'status', role: 'status', 'aria-live': 'polite' });
    this.alert = el('div', { class: 'alert', id: 'alert', role: 'alert' });
    this.banner = state.reviewDue ? this.reviewBanner(values) : null;
    this.afterBuild = el('div', { class: 'after-build', id: 'after-build' });
    this.jump = this.jumpLinks();
    const slaLang = state.settings.language ?? languageOf(this.locale);
    const slaField = slaLanguageField(this.lang, isLang(slaLang) ? slaLang : 'en');
    this.slaLanguage = slaField.select;
    const noticeBox = notice
      ? el(
          'div',
          { class: 'notice', id: 'notice', role: 'status', tabindex: -1 },
          icon(ICONS.check),
          el('p', {}, notice),
        )
      : null;

    replaceChildren(
      app,
      el(
        'header',
        { class: 'intro' },
        el('h1', {}, this.tr('sidebar.heading')),
        el('p', {}, this.tr('sidebar.intro')),
        uiLanguageField(this.lang, (lang) => void this.switchLanguage(lang)),
        this.jump,
      ),
      noticeBox,
      this.banner,
      this.view.form,
      el('section', { class: 'section sla-language' }, slaField.element),
      el(
        'footer',
        { class: 'footer' },
        el('p', { class: 'error', id: 'form-errors', 'aria-live': 'polite' }),
        this.alert,
        el(
          'div',
          { class: 'actions' },
          this.buildButton,
          el('span', { class: 'spinner', 'aria-hidden': 'true' }),
        ),
        this.status,
      ),
      this.afterBuild,
    );
    this.syncBuildLabel();
    if (loadError) this.showAlert(this.tr('sidebar.loadFailed', { error: loadError }));
    this.update();
    this.mountPanels();
    if (noticeBox) {
      window.scrollTo(0, 0);
      noticeBox.focus({ preventScroll: true });
    }
  }

  /** Saves the user's sidebar language, then redraws the sidebar in it with the form as typed. */
  private async switchLanguage(lang: Lang): Promise<void> {
    let chosen: string = lang;
    try {
      if (this.server) chosen = await this.server.setUserLanguage(lang);
    } catch (error) {
      this.showAlert(errorMessage(error));
      return;
    }
    const { settings } = this.update();
    const typed = {
      ...(settings ?? this.state.settings),
      language: this.slaLanguage.value as Lang,
    };
    const state = { ...this.state, lang: chosen, settings: typed };
    new Sidebar(this.app, state, this.server, '');
    document.getElementById('ui-language')?.focus();
  }

  private tr(key: MessageKey, params?: Params): string {
    return t(key, params, this.lang);
  }

  // ── typing ─────────────────────────────────────────────────────────────

  private changed(path: string): void {
    this.touched.add(path);
    if (!this.building) this.setStatus('');
    if (path === 'periodStart' || path === 'months') this.followPeriod();
    if (path === 'reviewDate') {
      const typed = this.view.read();
      const v = editReviewDate(typed, typed.reviewDate);
      this.view.setReviewEdited(v.reviewEdited);
      if (!v.reviewEdited) this.view.setReviewDate(v.reviewDate);
    }
    this.schedule();
  }

  private followPeriod(): void {
    const before = this.view.read();
    const v = followPeriod(before);
    if (v.reviewDate !== before.reviewDate) this.view.setReviewDate(v.reviewDate);
    if (v.periodStart !== this.period.periodStart || monthCount(v) !== before.weights.length)
      this.view.setWeights(v);
    this.period = { periodStart: v.periodStart, months: v.months };
    this.syncBuildLabel();
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), DEBOUNCE_MS);
  }

  /** Validates, shows the errors the user has reached, redraws the preview. */
  private update(): { settings: Settings | null; errors: FieldError[] } {
    this.timer = undefined;
    const v = this.view.read();
    const checked = validateForm(v, this.decimal, this.lang);
    const errors = checked.ok ? [] : checked.errors;
    let shown = this.view.showErrors(errors, (f) => this.visible(f));
    if (errors.length > 0 && shown.length === 0 && !this.showAll) {
      // Nothing the user touched is wrong, yet the form is: say where.
      this.showAll = true;
      shown = this.view.showErrors(errors, () => true);
    }
    let result: Parameters<typeof renderPreview>[2] = null;
    if (checked.ok) {
      try {
        result = { preview: preview(checked.settings), settings: checked.settings };
      } catch {
        result = null;
      }
    }
    renderPreview(this.view.previewSlot, { lang: this.lang, locale: this.locale }, result);
    if (checked.ok) {
      const context = { lang: this.lang, locale: this.locale, stages: checked.settings.stages };
      renderWarnings(
        this.view.previewSlot,
        context,
        formWarnings(v, checked.settings, this.decimal),
      );
    }
    return { settings: checked.ok ? checked.settings : null, errors };
  }

  private visible(field: string): boolean {
    if (this.showAll) return true;
    const head = field.split('.')[0];
    for (const p of this.touched) if (p === field || p.split('.')[0] === head) return true;
    return false;
  }

  // ── stages ─────────────────────────────────────────────────────────────

  private addStage(): void {
    const v = this.view.read();
    const taken = new Set(v.stages.map((s) => s.trim().toLowerCase()));
    let n = v.stages.length;
    let name = this.tr('sidebar.stage.newName', { n });
    while (taken.has(name.toLowerCase())) name = this.tr('sidebar.stage.newName', { n: ++n });
    const next = addStage(v, name);
    if (next === v) return;
    this.view.setStages(next);
    const index = next.stages.length - 2;
    this.view.focusPath(`stages.${index}`);
    this.touched.add('stages');
    this.setStatus(this.tr('sidebar.stage.added', { name: next.stages[index + 1] }));
    this.schedule();
  }

  private removeStage(i: number): void {
    const v = this.view.read();
    const next = removeStage(v, i, this.decimal);
    if (next === v) return;
    this.view.setStages(next);
    const focus = Math.min(i, next.stages.length - 1);
    this.view.focusPath(`stages.${focus}`);
    this.touched.add('stages');
    this.setStatus(this.tr('sidebar.stage.removed', { name: v.stages[i] || String(i + 1) }));
    this.schedule();
  }

  // ── actuals and reset ──────────────────────────────────────────────────

  private panelContext(): PanelContext {
    return {
      lang: this.lang,
      locale: this.locale,
      timeZone: this.state.timeZone,
      decimal: this.decimal,
    };
  }

  /** The sections after the form, fresh (after the first load, a build or a rebuild). */
  private mountPanels(): void {
    if (!this.state.sheetName) {
      this.actuals = null;
      this.review = null;
      this.jump.hidden = true;
      replaceChildren(
        this.afterBuild,
        el('p', { class: 'hint', id: 'after-build-hint' }, this.tr('sidebar.afterBuild')),
      );
      return;
    }
    const ctx = this.panelContext();
    this.actuals = new ActualsPanel(ctx, this.server);
    this.review = new ResetPanel(ctx, this.server, () => this.state.settings.dealSize ?? 0, {
      done: (result, start) =>
        void this.afterReset(result.archivedSheetName, result.sheetName, start),
    });
    this.jump.hidden = false;
    const signoff = new SignOffPanel(ctx, this.server);
    replaceChildren(this.afterBuild, this.actuals.element, this.review.element, signoff.element);
    void this.actuals.load();
    void signoff.load();
  }

  /** "Go to: Actuals · Reset SLA" under the intro: the sections sit below a long form. */
  private jumpLinks(): HTMLElement {
    const link = (label: string, go: () => void) => {
      const b = el('button', { type: 'button', class: 'link' }, label);
      b.addEventListener('click', go);
      return b;
    };
    return el(
      'nav',
      { class: 'jump', 'aria-label': this.tr('sidebar.jump.label'), hidden: true },
      el(
        'span',
        { class: 'jump-label', 'aria-hidden': 'true' },
        `${this.tr('sidebar.jump.label')}:`,
      ),
      link(this.tr('sidebar.jump.actuals'), () => this.actuals?.reveal()),
      link(this.tr('sidebar.jump.review'), () => this.review?.reveal()),
    );
  }

  /** The reset archived the tab and built the next version: reload the agreement into a fresh sidebar. */
  private async afterReset(archive: string, name: string, start: string): Promise<void> {
    const notice = this.tr('sidebar.reset.done', { archive, name, start });
    let state = this.state;
    let loadError = '';
    try {
      if (this.server) state = await this.server.getSidebarState();
    } catch (error) {
      loadError = errorMessage(error);
    }
    new Sidebar(this.app, state, this.server, loadError, notice);
  }

  // ── review ─────────────────────────────────────────────────────────────

  /** The agreement is past its review date: "Review now" opens the Reset SLA section. */
  private reviewBanner(values: FormValues): HTMLElement {
    const button = el(
      'button',
      { type: 'button', class: 'button secondary small', id: 'review-now' },
      this.tr('sidebar.reviewNow'),
    );
    button.addEventListener('click', () => this.review?.reveal());
    return el(
      'div',
      { class: 'banner', id: 'review-banner', role: 'note' },
      icon(ICONS.warning),
      el(
        'div',
        { class: 'banner-body' },
        el('p', {}, this.tr('sidebar.reviewDue', { date: this.longDate(values.reviewDate) })),
        this.state.sheetName ? button : null,
      ),
    );
  }

  private longDate(day: string): string {
    const [y, m, d] = day.split('-').map(Number);
    if (!y || !m || !d) return day;
    return new Intl.DateTimeFormat(intlLocale(this.locale), {
      dateStyle: 'medium',
      timeZone: 'UTC',
    } as Intl.DateTimeFormatOptions).format(Date.UTC(y, m - 1, d));
  }

  // ── building ───────────────────────────────────────────────────────────

  /** "Update" when the form's period is the saved agreement's tab, "Build" for a new one. */
  private syncBuildLabel(): void {
    this.buildButton.textContent = this.tr(
      this.isSavedPeriod() ? 'sidebar.update' : 'sidebar.build',
    );
  }

  /** The form's period is the one of the tab the sidebar shows. */
  private isSavedPeriod(): boolean {
    return (
      this.savedPeriod !== null &&
      this.savedPeriod.periodStart === this.period.periodStart &&
      Number(this.savedPeriod.months) === Number(this.period.months)
    );
  }

  private async build(): Promise<void> {
    if (this.building) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.showAll = true;
    this.showAlert('');
    const { settings, errors } = this.update();
    if (!settings) {
      const invalid = this.view.showErrors(errors, () => true);
      this.setStatus(this.tr('sidebar.fixFields', { count: errors.length }));
      if (invalid[0]) this.view.focus(invalid[0]);
      return;
    }
    if (!this.server) {
      this.showAlert(this.tr('sidebar.buildFailed', { error: 'google.script.run' }));
      return;
    }
    this.setBusy(true);
    try {
      // The form edits the tab it shows: "Update" names it, so a rebuild never lands elsewhere.
      const shown = this.state.sheetName;
      const language = this.slaLanguage.value as Lang;
      const edited = { ...settings, language };
      const payload = this.isSavedPeriod() && shown ? { ...edited, sheetName: shown } : edited;
      const { sheetName } = await this.server.buildSlaTab(payload);
      this.savedPeriod = { ...this.period };
      this.state.sheetName = sheetName;
      this.state.settings = { ...settings, language };
      this.syncBuildLabel();
      this.setStatus(this.tr('sidebar.built', { name: sheetName }), 'done');
      // New stages or a new tab: the mapping and the reset start over from the server.
      this.mountPanels();
    } catch (error) {
      this.setStatus('');
      this.showAlert(this.tr('sidebar.buildFailed', { error: errorMessage(error) }));
    } finally {
      this.setBusy(false);
    }
  }

  private setBusy(busy: boolean): void {
    this.building = busy;
    this.buildButton.disabled = busy;
    this.app.setAttribute('aria-busy', String(busy));
    this.app.classList.toggle('busy', busy);
    if (busy) this.setStatus(this.tr('sidebar.building'), 'busy');
  }

  private setStatus(text: string, kind: 'busy' | 'done' | '' = ''): void {
    replaceChildren(this.status, kind === 'done' ? icon(ICONS.check) : null, text);
    this.status.setAttribute('data-kind', kind);
  }

  private showAlert(text: string): void {
    // The region stays in the page (empty and flat when quiet) so its next text is announced.
    replaceChildren(this.alert, text ? el('p', {}, text) : null);
  }
}

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function start(): Promise<void> {
  const app = document.getElementById('app');
  if (!app) return;
  replaceChildren(
    app,
    el(
      'p',
      { class: 'loading', role: 'status' },
      el('span', { class: 'spinner', 'aria-hidden': 'true' }),
      t('sidebar.loading'),
    ),
  );
  app.setAttribute('aria-busy', 'true');
  let server: Remote<ServerApi> | null = null;
  let state: SidebarState;
  let loadError = '';
  try {
    // google.script.run exists only inside Apps Script (and the playground's shim).
    server = serverApi(google.script.run as unknown as RunnerLike);
    state = await server.getSidebarState();
  } catch (error) {
    const today = localToday();
    loadError = errorMessage(error);
    state = {
      lang: 'en',
      locale: navigator.language || 'en',
      timeZone: '',
      today,
      settings: defaultSettings(`${today.slice(0, 4)}-01`),
      sheetName: null,
      reviewDue: false,
    };
  }
  app.setAttribute('aria-busy', 'false');
  new Sidebar(app, state, server, loadError);
}

void start();
