/**
 * The Sign-off section: the live version's status, what changed since the
 * last signed version, the signed versions ("v1 signed by … and … on …"),
 * and one small form per side (name, role, Sign). Text nodes only.
 */
import type { ServerApi } from '../api/server-api';
import type { SignOffState } from '../api/signoff';
import { SIDES, type Side } from '../core/signoff';
import { errorMessage, type Remote } from './api';
import { el, replaceChildren } from './dom';
import {
  actions,
  Feedback,
  field,
  type PanelContext,
  section,
  setBusy,
  type Tr,
  translator,
} from './panel';

export class SignOffPanel {
  readonly element: HTMLDetailsElement;
  private readonly tr: Tr;
  private readonly feedback = new Feedback('signoff');
  private readonly body: HTMLElement;

  constructor(
    ctx: PanelContext,
    private readonly server: Remote<ServerApi> | null,
  ) {
    this.tr = translator(ctx.lang);
    this.body = el('div', { id: 'signoff-body' });
    this.element = section(
      'section-signoff',
      this.tr('sidebar.signoff.title'),
      false,
      this.body,
      this.feedback.status,
      this.feedback.alert,
    );
  }

  async load(): Promise<void> {
    if (!this.server) return;
    try {
      this.render(await this.server.getSignOff());
    } catch (error) {
      this.feedback.showAlert(errorMessage(error));
    }
  }

  private render(s: SignOffState): void {
    const tr = this.tr;
    const last = s.signed[s.signed.length - 1];
    const status = el(
      'p',
      { id: 'signoff-state' },
      tr(s.status === 'signed' ? 'sidebar.signoff.signed' : 'sidebar.signoff.awaiting', {
        version: s.version,
      }),
    );
    const changes =
      last && s.changes.length
        ? el(
            'div',
            { id: 'signoff-changes' },
            el('p', {}, tr('sidebar.signoff.changes', { version: last.version, next: s.version })),
            el('ul', {}, ...s.changes.map((c) => el('li', {}, c))),
          )
        : null;
    const versions = s.signed.length
      ? el(
          'div',
          {},
          el('h3', {}, tr('sidebar.signoff.versions')),
          el('ul', { id: 'signoff-versions' }, ...s.signed.map((v) => el('li', {}, v.line))),
        )
      : null;
    const sides = s.status === 'awaiting' ? SIDES.map((side) => this.sideForm(side, s)) : [];
    replaceChildren(this.body, status, changes, ...sides, versions);
  }

  private sideForm(side: Side, s: SignOffState): HTMLElement {
    const tr = this.tr;
    const title = tr(`sidebar.signoff.side.${side}`);
    const done = s.pending.find((p) => p.side === side);
    if (done) {
      const signer = done.role ? `${done.name} (${done.role})` : done.name;
      return el(
        'div',
        { class: 'signer', id: `signoff-${side}` },
        el('h3', {}, title),
        el('p', {}, tr('sidebar.signoff.signedBy', { signer, date: done.date })),
      );
    }
    const name = el('input', { type: 'text', autocomplete: 'name', maxlength: 100 });
    const role = el('input', { type: 'text', autocomplete: 'organization-title', maxlength: 100 });
    const button = el(
      'button',
      { type: 'button', class: 'button secondary', id: `signoff-${side}-sign` },
      `${tr('sidebar.signoff.sign')}: ${title}`,
    );
    const row = actions(button);
    button.addEventListener('click', () => void this.sign(side, name, role, button, row));
    return el(
      'div',
      { class: 'signer', id: `signoff-${side}` },
      el('h3', {}, title),
      field(`signoff-${side}-name`, tr('sidebar.signoff.name'), name),
      field(`signoff-${side}-role`, tr('sidebar.signoff.role'), role),
      row,
    );
  }

  private async sign(
    side: Side,
    name: HTMLInputElement,
    role: HTMLInputElement,
    button: HTMLButtonElement,
    row: HTMLElement,
  ): Promise<void> {
    if (!this.server) return;
    this.feedback.showAlert('');
    setBusy(this.element, row, true, [button, name, role]);
    try {
      this.render(await this.server.signAgreement({ side, name: name.value, role: role.value }));
    } catch (error) {
      setBusy(this.element, row, false, [button, name, role]);
      this.feedback.showAlert(errorMessage(error));
    }
  }
}
