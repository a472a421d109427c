/**
 * The Actuals section: pick the CRM export tab, check the proposed column
 * mapping, refresh, read the result and the skipped-rows report, set the
 * schedule. Logic lives in mapping.ts; this file builds the DOM (text nodes
 * only) and talks to the server.
 */
import type { RefreshReportItem, RefreshSetup, RefreshSummary, Schedule } from '../api/actuals';
import type { MessageKey } from '../api/messages';
import type { ServerApi } from '../api/server-api';
import { errorMessage, type Remote } from './api';
import { el, ICONS, icon, replaceChildren, srOnly } from './dom';
import { HubSpotPanel } from './hubspot-view';
import {
  formatDateTime,
  headerOptions,
  MAPPING_ROLES,
  type MappingForm,
  type MappingRole,
  mappingForm,
  mappingProblems,
  NOT_MAPPED,
  reasonList,
  reportCount,
  reportLabel,
  reportPage,
  rolePath,
  STAGES_PATH,
  stagePath,
  summaryRows,
  toMapping,
  toMappingInput,
} from './mapping';
import { formatGrouped } from './numbers';
import {
  actions,
  Feedback,
  field,
  type PanelContext,
  section,
  select,
  setBusy,
  setFieldError,
  type Tr,
  translator,
} from './panel';

/** The select of a mapping path: `stage.2` → `map-stage-2`. */
export const mappingId = (path: string): string => `map-${path.replace(/\./g, '-')}`;
const STAGES_ERROR = 'map-stages-err';

const SCHEDULE_KEYS: Record<Schedule, MessageKey> = {
  off: 'sidebar.schedule.off',
  daily: 'sidebar.schedule.daily',
  monthly: 'sidebar.schedule.monthly',
};

const ROLE_HINTS: Partial<Record<MappingRole, MessageKey>> = {
  recordId: 'sidebar.mapping.hint.recordId',
  amount: 'sidebar.mapping.hint.amount',
  handoverTime: 'sidebar.mapping.hint.handoverTime',
  won: 'sidebar.mapping.hint.won',
};

export class ActualsPanel {
  readonly element: HTMLDetailsElement;
  private readonly tr: Tr;
  private readonly feedback = new Feedback('refresh');
  private readonly source: HTMLSelectElement;
  private readonly reload: HTMLButtonElement;
  private readonly sourceNote: HTMLElement;
  private readonly mapping: HTMLFieldSetElement;
  private readonly runButton: HTMLButtonElement;
  private readonly runRow: HTMLDivElement;
  private readonly last: HTMLElement;
  /** "Last scheduled refresh failed: …" until a refresh succeeds. */
  private readonly failure: HTMLElement;
  /** Whose trigger runs the schedule: a trigger belongs to one user. */
  private readonly owner: HTMLElement;
  private readonly result: HTMLElement;
  private readonly schedule: HTMLSelectElement;
  private readonly next: HTMLElement;
  private readonly hubspot: HubSpotPanel;
  private setup: RefreshSetup | null = null;
  private busy = false;
  /** Mapping selects the user changed, and whether a refresh was attempted: which errors show. */
  private readonly touched = new Set<string>();
  private showAll = false;

  constructor(
    private readonly ctx: PanelContext,
    private readonly server: Remote<ServerApi> | null,
  ) {
    const tr = translator(ctx.lang);
    this.tr = tr;
    this.source = select([], '', { name: 'sourceTab' });
    this.source.addEventListener('change', () => void this.load(this.source.value));
    this.reload = el(
      'button',
      {
        type: 'button',
        class: 'icon-button reload',
        id: 'refresh-reload',
        'aria-label': tr('sidebar.refresh.reloadTabs'),
        title: tr('sidebar.refresh.reloadTabs'),
      },
      icon(ICONS.reload),
    );
    this.reload.addEventListener('click', () => void this.load(this.source.value || undefined));
    this.sourceNote = el('p', { class: 'note', id: 'refresh-source-note', 'aria-live': 'polite' });
    this.mapping = el('fieldset', { class: 'mapping', id: 'refresh-mapping' });
    this.mapping.addEventListener('change', (e) => this.edited(e));
    this.runButton = el(
      'button',
      { type: 'button', class: 'button primary', id: 'refresh-run' },
      tr('sidebar.refresh.button'),
    );
    this.runButton.addEventListener('click', () => void this.refresh());
    this.runRow = actions(this.runButton);
    this.last = el('p', { class: 'times', id: 'refresh-last' });
    this.failure = el('p', { class: 'error', id: 'refresh-failure', role: 'status' });
    this.owner = el('p', { class: 'times', id: 'refresh-schedule-owner' });
    this.result = el('div', { class: 'result', id: 'refresh-result' });
    this.schedule = select(
      (Object.keys(SCHEDULE_KEYS) as Schedule[]).map((s) => [s, tr(SCHEDULE_KEYS[s])] as const),
      'off',
      { name: 'schedule' },
    );
    this.schedule.addEventListener('change', () => void this.saveSchedule());
    this.next = el('p', { class: 'times', id: 'refresh-next', 'aria-live': 'polite' });
    this.hubspot = new HubSpotPanel(
      ctx,
      server,
      () => void this.load(this.source.value || undefined),
    );

    const sourceField = field('refresh-source', tr('sidebar.refresh.sourceTab'), this.source, {
      describedBy: ['refresh-source-note'],
    });
    const sourceRow = el('div', { class: 'source-row' }, sourceField, this.reload);

    this.element = section(
      'section-actuals',
      tr('sidebar.section.actuals'),
      true,
      el('p', { class: 'hint' }, tr('sidebar.refresh.intro')),
      this.last,
      this.failure,
      this.hubspot.element,
      sourceRow,
      el('p', { class: 'hint source-hint' }, tr('sidebar.refresh.sourceHint')),
      this.sourceNote,
      this.mapping,
      this.feedback.alert,
      this.runRow,
      this.feedback.status,
      this.result,
      el(
        'div',
        { class: 'schedule' },
        field('refresh-schedule', tr('sidebar.schedule.label'), this.schedule, {
          hint: tr('sidebar.schedule.hint'),
          describedBy: ['refresh-next'],
        }),
        this.next,
        this.owner,
      ),
    );
    this.syncControls();
  }

  // ── loading ────────────────────────────────────────────────────────────

  /**
   * Loads the tabs, the headers of `sourceTab` (default: the saved one, else
   * the tab the server finds most like a CRM export) and the proposed mapping.
   */
  async load(sourceTab?: string): Promise<void> {
    if (!this.server) {
      this.feedback.showAlert(
        this.tr('sidebar.refresh.loadFailed', { error: 'google.script.run' }),
      );
      return;
    }
    if (sourceTab === undefined) void this.hubspot.load();
    this.setBusy(true, this.tr('sidebar.refresh.loading'));
    this.feedback.showAlert('');
    try {
      const server = this.server;
      const get = (tab?: string) =>
        tab === undefined ? server.getRefreshSetup() : server.getRefreshSetup(tab);
      // Without a choice the server proposes the likeliest export tab itself.
      let setup = await get(sourceTab);
      // The tab asked for was deleted or renamed: start from the first tab.
      if (setup.sourceTab !== null && !setup.tabs.includes(setup.sourceTab) && setup.tabs[0])
        setup = await get(setup.tabs[0]);
      this.touched.clear();
      this.showAll = false;
      this.setup = setup;
      this.render();
      this.feedback.setStatus('');
    } catch (error) {
      this.feedback.setStatus('');
      this.feedback.showAlert(
        this.tr('sidebar.refresh.loadFailed', { error: errorMessage(error) }),
      );
    } finally {
      this.setBusy(false);
    }
  }

  // ── rendering ──────────────────────────────────────────────────────────

  private render(): void {
    const s = this.setup;
    if (!s) return;
    const tr = this.tr;
    replaceChildren(this.source);
    for (const tab of s.tabs) this.source.appendChild(el('option', { value: tab }, tab));
    this.source.value = s.sourceTab ?? '';

    const headers = headerOptions(s.headers);
    let note = '';
    if (s.tabs.length === 0) note = tr('sidebar.refresh.noTabs');
    else if (s.sourceTab && headers.length === 0)
      note = tr('sidebar.refresh.emptyTab', { name: s.sourceTab });
    this.sourceNote.textContent = note;
    this.sourceNote.hidden = !note;

    this.renderMapping(s, headers);
    this.renderTimes();
    this.schedule.value = s.schedule;
    this.renderResult(s.last);
    this.syncControls();
  }

  private renderMapping(s: RefreshSetup, headers: string[]): void {
    const tr = this.tr;
    const form = mappingForm(s.mapping, s.stages, headers);
    if (headers.length === 0) {
      replaceChildren(this.mapping);
      this.mapping.hidden = true;
      return;
    }
    this.mapping.hidden = false;
    const detected = s.detected;
    const noteKey: MessageKey = !detected
      ? 'sidebar.mapping.saved'
      : form.stages.some(Boolean)
        ? 'sidebar.mapping.detected'
        : 'sidebar.mapping.nothingDetected';
    const options = (current: string) => {
      const list: [string, string][] = [[NOT_MAPPED, tr('sidebar.mapping.none')]];
      for (const h of headers) list.push([h, h]);
      // A saved column the tab no longer has stays visible (and is reported) until changed.
      if (current && !headers.includes(current))
        list.push([current, tr('sidebar.mapping.missing', { header: current })]);
      return list;
    };
    const stageFields = s.stages.map((stage, i) => {
      const path = stagePath(i);
      const control = select(options(form.stages[i]), form.stages[i], { 'data-path': path });
      return field(
        mappingId(path),
        [stage, srOnly(` — ${tr('sidebar.mapping.stageContext')}`)],
        control,
        { className: 'map', describedBy: [STAGES_ERROR] },
      );
    });
    const roleFields = MAPPING_ROLES.map((role) => {
      const path = rolePath(role);
      const control = select(options(form.roles[role]), form.roles[role], { 'data-path': path });
      const hint = ROLE_HINTS[role];
      return field(mappingId(path), tr(`sidebar.mapping.role.${role}` as MessageKey), control, {
        className: 'map',
        hint: hint ? tr(hint) : undefined,
      });
    });
    const mappedRoles = MAPPING_ROLES.filter((r) => form.roles[r]).length;
    const optional = el(
      'details',
      { class: 'optional', id: 'refresh-optional', open: detected },
      el(
        'summary',
        {},
        tr('sidebar.mapping.optional'),
        el('span', { class: 'count' }, ` · ${mappedRoles}/${MAPPING_ROLES.length}`),
      ),
      el('div', { class: 'optional-body' }, ...roleFields),
    );
    replaceChildren(
      this.mapping,
      el('legend', {}, tr('sidebar.mapping.title')),
      el(
        'p',
        { class: detected ? 'note proposed' : 'note saved', id: 'mapping-note' },
        tr(noteKey),
      ),
      el('p', { class: 'hint' }, tr('sidebar.mapping.stagesHint')),
      ...stageFields,
      el('p', { class: 'error', id: STAGES_ERROR, 'aria-live': 'polite' }),
      optional,
    );
    this.showProblems();
  }

  private renderTimes(): void {
    const s = this.setup;
    if (!s) return;
    const when = (iso: string) => formatDateTime(iso, this.ctx.locale, this.ctx.timeZone);
    this.last.textContent = s.last
      ? this.tr(s.last.by ? 'sidebar.refresh.lastBy' : 'sidebar.refresh.last', {
          when: when(s.last.refreshedAt),
          source:
            s.last.source === 'hubspot' ? this.tr('sidebar.hubspot.sourceName') : s.last.sourceTab,
          by: s.last.by,
          how: this.tr(`sidebar.refresh.trigger.${s.last.trigger}`),
        })
      : this.tr('sidebar.refresh.never');
    this.next.textContent = s.next ? this.tr('sidebar.refresh.next', { when: when(s.next) }) : '';
    this.next.hidden = !s.next;
    this.failure.textContent = s.failure
      ? this.tr('sidebar.refresh.scheduleFailed', {
          when: when(s.failure.at),
          error: s.failure.message,
        })
      : '';
    this.failure.hidden = !s.failure;
    this.owner.textContent =
      s.scheduleBy && s.schedule !== 'off'
        ? this.tr('sidebar.schedule.by', {
            schedule: this.tr(SCHEDULE_KEYS[s.schedule]),
            by: s.scheduleBy,
          })
        : '';
    this.owner.hidden = !this.owner.textContent;
  }

  private renderResult(summary: RefreshSummary | null): void {
    if (!summary) {
      replaceChildren(this.result);
      this.result.hidden = true;
      return;
    }
    const tr = this.tr;
    const { locale, lang } = this.ctx;
    this.result.hidden = false;
    const figures = el(
      'dl',
      { class: 'figures', id: 'refresh-summary' },
      ...summaryRows(summary, locale, lang).map((r) =>
        el('div', { 'data-key': r.key }, el('dt', {}, r.label), el('dd', {}, r.value)),
      ),
    );
    const leftOut = reasonList(summary.skippedByReason, locale, lang);
    const warned = reasonList(summary.warningsByReason, locale, lang);
    const count = reportCount(summary);
    replaceChildren(
      this.result,
      el('h3', { id: 'refresh-result-title' }, tr('sidebar.refresh.resultTitle')),
      figures,
      summary.stagesKept.length
        ? el(
            'p',
            { class: 'hint', id: 'refresh-kept' },
            tr('sidebar.refresh.kept', { stages: summary.stagesKept.join(', ') }),
          )
        : null,
      leftOut ? el('p', { class: 'hint' }, tr('sidebar.refresh.leftOut', { list: leftOut })) : null,
      warned ? el('p', { class: 'hint' }, tr('sidebar.refresh.warned', { list: warned })) : null,
      count > 0
        ? this.report(reportLabel(summary, locale, lang), count)
        : el('p', { class: 'hint' }, tr('sidebar.report.none')),
    );
    this.result.setAttribute('aria-labelledby', 'refresh-result-title');
    this.result.setAttribute('role', 'group');
  }

  /** The skipped-rows disclosure: the report loads when it is first opened. */
  private report(label: string, count: number): HTMLDetailsElement {
    const body = el('div', { class: 'report-body', id: 'refresh-report-body' });
    const details = el(
      'details',
      { class: 'report', id: 'refresh-report' },
      el('summary', { id: 'refresh-report-summary' }, label),
      body,
    );
    let loaded = false;
    details.addEventListener('toggle', () => {
      if (!details.open || loaded) return;
      loaded = true;
      void this.loadReport(body, count).catch(() => {
        loaded = false;
      });
    });
    return details;
  }

  private async loadReport(body: HTMLElement, count: number): Promise<void> {
    const tr = this.tr;
    body.setAttribute('aria-busy', 'true');
    replaceChildren(body, el('p', { class: 'hint', role: 'status' }, tr('sidebar.report.loading')));
    try {
      if (!this.server) throw new Error('google.script.run');
      const items = await this.server.getRefreshReport();
      this.renderReport(body, items, count);
    } catch (error) {
      replaceChildren(
        body,
        el(
          'p',
          { class: 'error', role: 'alert' },
          tr('sidebar.report.failed', { error: errorMessage(error) }),
        ),
      );
      throw error;
    } finally {
      body.setAttribute('aria-busy', 'false');
    }
  }

  private renderReport(body: HTMLElement, items: RefreshReportItem[], count: number): void {
    const tr = this.tr;
    if (items.length === 0) {
      replaceChildren(body, el('p', { class: 'hint' }, tr('sidebar.report.empty')));
      return;
    }
    const { shown, total } = reportPage(items, count);
    const num = (n: number) => formatGrouped(n, this.ctx.locale, 0);
    replaceChildren(
      body,
      el(
        'ol',
        {
          class: 'report-list',
          id: 'refresh-report-list',
          // A scrolling list: reachable and scrollable from the keyboard.
          tabindex: 0,
          'aria-labelledby': 'refresh-report-summary',
        },
        ...shown.map((item) =>
          el(
            'li',
            { 'data-kind': item.kind, 'data-row': item.row },
            item.kind === 'warning'
              ? el('span', { class: 'tag' }, tr('sidebar.report.warning'))
              : null,
            item.kind === 'warning' ? ' ' : null,
            item.message,
          ),
        ),
      ),
      total > shown.length
        ? el(
            'p',
            { class: 'hint', id: 'refresh-report-capped' },
            tr('sidebar.report.capped', { shown: num(shown.length), total: num(total) }),
          )
        : null,
    );
  }

  // ── editing the mapping ────────────────────────────────────────────────

  private read(): MappingForm {
    const value = (path: string) =>
      (this.mapping.querySelector(`#${mappingId(path)}`) as HTMLSelectElement | null)?.value ??
      NOT_MAPPED;
    const stages = (this.setup?.stages ?? []).map((_, i) => value(stagePath(i)));
    const roles = {} as Record<MappingRole, string>;
    for (const role of MAPPING_ROLES) roles[role] = value(rolePath(role));
    return { stages, roles };
  }

  private edited(e: Event): void {
    const path = (e.target as HTMLElement).getAttribute('data-path');
    if (!path) return;
    this.touched.add(path);
    if (!this.busy) this.feedback.setStatus('');
    const count = this.mapping.querySelector('#refresh-optional .count');
    if (count) {
      const form = this.read();
      const mapped = MAPPING_ROLES.filter((r) => form.roles[r]).length;
      count.textContent = ` · ${mapped}/${MAPPING_ROLES.length}`;
    }
    this.showProblems();
  }

  /** Shows the mapping's problems inline; returns the selects now marked invalid, in order. */
  private showProblems(): HTMLSelectElement[] {
    const s = this.setup;
    if (!s || this.mapping.hidden) return [];
    const problems = mappingProblems(this.read(), s.headers, s.sourceTab ?? '', this.ctx.lang);
    const stageTouched = [...this.touched].some((p) => p.startsWith('stage.'));
    const byField = new Map(problems.map((p) => [p.field, p.message]));
    const invalid: HTMLSelectElement[] = [];
    const stagesMessage = this.showAll || stageTouched ? (byField.get(STAGES_PATH) ?? '') : '';
    const groupError = this.mapping.querySelector(`#${STAGES_ERROR}`);
    if (groupError) groupError.textContent = stagesMessage;
    const paths = [...s.stages.map((_, i) => stagePath(i)), ...MAPPING_ROLES.map(rolePath)];
    for (const path of paths) {
      const id = mappingId(path);
      // A column missing from the tab shows at once: the user did not cause it, but must fix it.
      const message = byField.get(path) ?? '';
      const groupInvalid = Boolean(stagesMessage) && path.startsWith('stage.');
      setFieldError(this.mapping, id, message);
      const control = this.mapping.querySelector<HTMLSelectElement>(`#${id}`);
      if (!control) continue;
      if (groupInvalid) control.setAttribute('aria-invalid', 'true');
      if (message || groupInvalid) invalid.push(control);
    }
    return invalid;
  }

  // ── refreshing ─────────────────────────────────────────────────────────

  private async refresh(): Promise<void> {
    const s = this.setup;
    if (this.busy || !s || !this.server) return;
    this.showAll = true;
    this.feedback.showAlert('');
    const form = this.read();
    const problems = mappingProblems(form, s.headers, s.sourceTab ?? '', this.ctx.lang);
    const invalid = this.showProblems();
    if (problems.length > 0 || !s.sourceTab) {
      this.feedback.setStatus(this.tr('sidebar.refresh.fixFields', { count: problems.length }));
      const first = invalid[0];
      if (first) {
        const details = first.closest('details.optional') as HTMLDetailsElement | null;
        if (details) details.open = true;
        first.focus();
      }
      return;
    }
    const sourceTab = s.sourceTab;
    this.setBusy(true, this.tr('sidebar.refresh.running', { name: sourceTab }));
    try {
      const summary = await this.server.refreshActuals({
        sourceTab,
        mapping: toMappingInput(toMapping(form, s.stages)),
      });
      this.setup = {
        ...s,
        last: summary,
        mapping: summary.mapping,
        detected: false,
        failure: null,
      };
      const note = this.mapping.querySelector('#mapping-note');
      if (note) {
        note.textContent = this.tr('sidebar.mapping.saved');
        note.className = 'note saved';
      }
      this.renderTimes();
      this.renderResult(summary);
      const n = (x: number) => formatGrouped(x, this.ctx.locale, 0);
      this.feedback.setStatus(
        this.tr('sidebar.refresh.done', {
          counted: n(summary.rowsCounted),
          read: n(summary.rowsRead),
        }),
        'done',
      );
    } catch (error) {
      this.feedback.setStatus('');
      this.feedback.showAlert(this.tr('sidebar.refresh.failed', { error: errorMessage(error) }));
    } finally {
      this.setBusy(false);
    }
  }

  // ── schedule ───────────────────────────────────────────────────────────

  private async saveSchedule(): Promise<void> {
    const s = this.setup;
    if (!s || !this.server) return;
    const chosen = this.schedule.value as Schedule;
    this.feedback.showAlert('');
    this.setBusy(true, this.tr('sidebar.schedule.saving'));
    try {
      const saved = await this.server.setRefreshSchedule(chosen);
      // Only the schedule is taken over: the mapping being edited stays as it is.
      this.setup = {
        ...s,
        schedule: saved.schedule,
        next: saved.next,
        scheduleBy: saved.scheduleBy,
      };
      this.schedule.value = saved.schedule;
      this.renderTimes();
      this.feedback.setStatus(this.tr('sidebar.schedule.saved'), 'done');
    } catch (error) {
      this.schedule.value = s.schedule;
      this.feedback.setStatus('');
      this.feedback.showAlert(this.tr('sidebar.schedule.failed', { error: errorMessage(error) }));
    } finally {
      this.setBusy(false);
    }
  }

  // ── state ──────────────────────────────────────────────────────────────

  private setBusy(busy: boolean, status?: string): void {
    this.busy = busy;
    setBusy(this.element, this.runRow, busy, [
      this.runButton,
      this.source,
      this.reload,
      this.schedule,
    ]);
    this.mapping.disabled = busy;
    if (busy && status) this.feedback.setStatus(status, 'busy');
    if (!busy) this.syncControls();
  }

  /** What can be used when nothing runs: a tab to read and headers to map. */
  private syncControls(): void {
    if (this.busy) return;
    const s = this.setup;
    this.source.disabled = !s || s.tabs.length === 0;
    this.reload.disabled = !s;
    this.runButton.disabled = !s?.sourceTab || headerOptions(s.headers).length === 0;
    this.schedule.disabled = !s;
  }

  /** Opens the section, scrolls it into view and puts focus on its heading. */
  reveal(): void {
    this.element.open = true;
    const summary = this.element.querySelector('summary');
    summary?.scrollIntoView({ block: 'start' });
    summary?.focus({ preventScroll: true });
  }
}
