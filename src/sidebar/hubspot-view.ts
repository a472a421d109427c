/**
 * The HubSpot part of the Actuals section: paste a token and Connect (the
 * server checks it with HubSpot and keeps it in the user's own properties;
 * this view clears the field at once and only ever shows the masked form),
 * Disconnect, and Refresh from HubSpot with the requests made and time taken.
 */
import type { MappingInput } from '../api/actuals';
import type { HubSpotMappingSetup, HubSpotStatus } from '../api/hubspot';
import type { ServerApi } from '../api/server-api';
import { errorMessage, type Remote } from './api';
import { el, replaceChildren } from './dom';
import { formatGrouped } from './numbers';
import {
  actions,
  Feedback,
  field,
  type PanelContext,
  select,
  setBusy,
  type Tr,
  translator,
} from './panel';

export class HubSpotPanel {
  readonly element: HTMLElement;
  private readonly tr: Tr;
  private readonly feedback = new Feedback('hubspot');
  private readonly state: HTMLElement;
  private readonly token: HTMLInputElement;
  private readonly tokenField: HTMLDivElement;
  private readonly connect: HTMLButtonElement;
  private readonly disconnect: HTMLButtonElement;
  private readonly run: HTMLButtonElement;
  private readonly row: HTMLDivElement;
  private readonly mapping: HTMLFieldSetElement;
  private status: HubSpotStatus | null = null;
  private setup: HubSpotMappingSetup | null = null;

  constructor(
    private readonly ctx: PanelContext,
    private readonly server: Remote<ServerApi> | null,
    /** Called after a refresh from HubSpot, so the Actuals section reloads its summary. */
    private readonly refreshed: () => void = () => {},
  ) {
    const tr = translator(ctx.lang);
    this.tr = tr;
    this.state = el('p', { class: 'note', id: 'hubspot-state', 'aria-live': 'polite' });
    this.token = el('input', {
      type: 'password',
      name: 'hubspotToken',
      autocomplete: 'off',
      spellcheck: 'false',
    });
    this.tokenField = field('hubspot-token', tr('sidebar.hubspot.token'), this.token);
    this.connect = el(
      'button',
      { type: 'button', class: 'button', id: 'hubspot-connect' },
      tr('sidebar.hubspot.connect'),
    );
    this.disconnect = el(
      'button',
      { type: 'button', class: 'button', id: 'hubspot-disconnect' },
      tr('sidebar.hubspot.disconnect'),
    );
    this.run = el(
      'button',
      { type: 'button', class: 'button primary', id: 'hubspot-run' },
      tr('sidebar.hubspot.refresh'),
    );
    this.connect.addEventListener('click', () => void this.doConnect());
    this.disconnect.addEventListener('click', () => void this.doDisconnect());
    this.run.addEventListener('click', () => void this.doRefresh());
    this.row = actions(this.connect, this.disconnect, this.run);
    this.mapping = el('fieldset', { class: 'mapping', id: 'hubspot-mapping', hidden: true });
    this.element = el(
      'div',
      { class: 'hubspot', id: 'hubspot' },
      el('h3', {}, tr('sidebar.hubspot.title')),
      el('p', { class: 'hint' }, tr('sidebar.hubspot.intro')),
      this.state,
      this.tokenField,
      this.mapping,
      this.feedback.alert,
      this.row,
      this.feedback.status,
    );
    this.show(null);
  }

  async load(): Promise<void> {
    if (!this.server) return;
    try {
      this.show(await this.server.getHubSpotStatus());
      await this.loadMapping();
    } catch (e) {
      this.feedback.showAlert(this.tr('sidebar.hubspot.failed', { error: errorMessage(e) }));
    }
  }

  private show(s: HubSpotStatus | null): void {
    this.status = s;
    const on = !!s?.connected;
    replaceChildren(
      this.state,
      on
        ? this.tr('sidebar.hubspot.connected', {
            portal: s?.portalId ?? '',
            name: s?.name ?? '',
            masked: s?.masked ?? '',
          })
        : this.tr('sidebar.hubspot.disconnected'),
    );
    this.tokenField.hidden = on;
    this.connect.hidden = on;
    this.disconnect.hidden = !on;
    this.run.hidden = !on;
    if (!on) {
      this.setup = null;
      this.mapping.hidden = true;
      replaceChildren(this.mapping);
    }
  }

  private async busy<T>(work: () => Promise<T>): Promise<T | null> {
    const controls = [this.token, this.connect, this.disconnect, this.run];
    setBusy(this.element, this.row, true, controls);
    this.feedback.showAlert('');
    try {
      return await work();
    } catch (e) {
      this.feedback.setStatus('');
      this.feedback.showAlert(this.tr('sidebar.hubspot.failed', { error: errorMessage(e) }));
      return null;
    } finally {
      setBusy(this.element, this.row, false, controls);
    }
  }

  private async doConnect(): Promise<void> {
    const server = this.server;
    const token = this.token.value.trim();
    // The token leaves this page once, for the server; the field never keeps it.
    this.token.value = '';
    if (!server || !token) return;
    this.feedback.setStatus(this.tr('sidebar.hubspot.connecting'), 'busy');
    const s = await this.busy(() => server.connectHubSpot({ token }));
    if (s) {
      this.feedback.setStatus('');
      this.show(s);
      await this.loadMapping();
    }
  }

  private async doDisconnect(): Promise<void> {
    const server = this.server;
    if (!server) return;
    const s = await this.busy(() => server.disconnectHubSpot());
    if (s) this.show(s);
  }

  private async doRefresh(): Promise<void> {
    const server = this.server;
    if (!server || !this.status?.connected) return;
    this.feedback.setStatus(this.tr('sidebar.hubspot.running'), 'busy');
    const mapping = this.chosenMapping();
    const summary = await this.busy(() =>
      server.refreshActuals(mapping ? { source: 'hubspot', mapping } : { source: 'hubspot' }),
    );
    if (!summary) return;
    this.feedback.setStatus(
      this.tr('sidebar.hubspot.done', {
        requests: formatGrouped(summary.requests ?? 0, this.ctx.locale),
        seconds: formatGrouped(Math.round(summary.durationMs / 100) / 10, this.ctx.locale),
      }),
      'done',
    );
    this.refreshed();
  }
  // ── mapping ─────────────────────────────────────────────────────────────

  private async loadMapping(): Promise<void> {
    const server = this.server;
    if (!server || !this.status?.connected) return;
    const setup = await this.busy(() => server.getHubSpotMapping());
    if (!setup) return;
    this.setup = setup;
    const contactDates = setup.dateProperties.filter((p) => !p.startsWith('deals.'));
    const choose = (
      id: string,
      label: string,
      options: string[],
      value: string | null | undefined,
    ) => {
      const all = value && !options.includes(value) ? [value, ...options] : options;
      const control = select(
        [['', this.tr('sidebar.hubspot.notMapped')], ...all.map((p) => [p, p] as const)],
        value ?? '',
        { 'data-key': id },
      );
      return field(`hubspot-map-${id}`, label, control);
    };
    const m = setup.mapping;
    replaceChildren(
      this.mapping,
      el(
        'legend',
        {},
        this.tr(
          setup.detected ? 'sidebar.hubspot.mappingProposed' : 'sidebar.hubspot.mappingSaved',
        ),
      ),
      ...setup.stages.map((stage, i) =>
        choose(`stage-${i}`, stage, setup.dateProperties, m.stages[stage]),
      ),
      choose('source', this.tr('sidebar.hubspot.map.source'), setup.sourceProperties, m.source),
      choose('amount', this.tr('sidebar.hubspot.map.amount'), setup.amountProperties, m.amount),
      choose(
        'handoverTime',
        this.tr('sidebar.hubspot.map.handoverTime'),
        contactDates,
        m.handoverTime,
      ),
      choose(
        'firstTouchTime',
        this.tr('sidebar.hubspot.map.firstTouchTime'),
        contactDates,
        m.firstTouchTime,
      ),
    );
    this.mapping.hidden = false;
  }

  /** The mapping as the selects show it (nested form of the refresh API). */
  private chosenMapping(): MappingInput | undefined {
    const setup = this.setup;
    if (!setup) return undefined;
    const value = (key: string) =>
      (this.mapping.querySelector(`select[data-key="${key}"]`) as HTMLSelectElement | null)
        ?.value || null;
    const stages: Record<string, string | null> = {};
    setup.stages.forEach((stage, i) => {
      stages[stage] = value(`stage-${i}`);
    });
    return {
      stages,
      recordId: 'hs_object_id',
      won: setup.mapping.won ?? null,
      source: value('source'),
      amount: value('amount'),
      handoverTime: value('handoverTime'),
      firstTouchTime: value('firstTouchTime'),
    };
  }
}
