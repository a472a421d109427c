/**
 * The add-on's sidebar panel: 300 px like Google's, title bar and close
 * button, the recorded HTML in an iframe (served with the google.script shim).
 * The iframe reloads only when the add-on shows a new sidebar.
 */
import type { SidebarState } from '../protocol';
import { byId } from './dom';

export class SidebarPanel {
  private readonly panel = byId<HTMLElement>('sidebar');
  private readonly title = byId<HTMLElement>('sidebar-title');
  private readonly frame = byId<HTMLIFrameElement>('sidebar-frame');
  private version = -1;

  constructor(onClose: () => void) {
    byId<HTMLButtonElement>('sidebar-close').addEventListener('click', onClose);
  }

  render(state: SidebarState | undefined): void {
    if (!state) {
      this.panel.hidden = true;
      this.version = -1;
      this.frame.removeAttribute('src');
      return;
    }
    this.panel.hidden = false;
    this.title.textContent = state.title;
    this.frame.title = `${state.title} sidebar`;
    if (state.version !== this.version) {
      this.version = state.version;
      this.frame.src = `/sidebar?v=${state.version}`;
    }
  }
}
