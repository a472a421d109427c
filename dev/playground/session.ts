/**
 * The playground's one spreadsheet: an emulator plus what only the browser
 * knows about it (whether the user closed the sidebar, which workbook
 * generation is shown). Open and reset swap the emulator; everything else
 * goes through it.
 */
import type { EmulatorApi, UiState } from '../emulator/contract';
import type { PlaygroundState } from './protocol';

/** The contract plus, when the emulator holds resources (an HTTP worker), a way to free them. */
export type PlaygroundEmulator = EmulatorApi & { close?(): void };

/** How the session gets emulators; the CLI wires the real one, tests may wire a fake. */
export interface EmulatorSource {
  /** A fresh demo workbook with the add-on loaded and its menu built (optionally in other locales). */
  demo(locales?: PlaygroundLocales): Promise<PlaygroundEmulator>;
  /** A workbook loaded from an .xlsx file, with the add-on loaded and its menu built. */
  open(path: string): Promise<PlaygroundEmulator>;
  /** The file name shown in the top bar and used for downloads. */
  readonly demoName: string;
}

/** The spreadsheet's locale and the user's (Session.getActiveUserLocale), as the playground's File menu sets them. */
export interface PlaygroundLocales {
  locale?: string;
  userLocale?: string;
}

type Sidebar = NonNullable<UiState['sidebar']>;

export class Session {
  private emu: PlaygroundEmulator;
  private generation = 1;
  /** Sidebar identity: a new object (or new HTML) from showSidebar is a new sidebar. */
  private lastSidebar: Sidebar | undefined;
  private lastHtml = '';
  private sidebarVersion = 0;
  private closed = false;
  private fileName: string;

  private constructor(
    private readonly source: EmulatorSource,
    emu: PlaygroundEmulator,
  ) {
    this.emu = emu;
    this.fileName = source.demoName;
  }

  static async start(source: EmulatorSource): Promise<Session> {
    return new Session(source, await source.demo());
  }

  get emulator(): EmulatorApi {
    return this.emu;
  }

  get name(): string {
    return this.fileName;
  }

  async reset(locales?: PlaygroundLocales): Promise<void> {
    this.replace(await this.source.demo(locales), this.source.demoName);
  }

  async open(path: string, fileName: string): Promise<void> {
    this.replace(await this.source.open(path), fileName);
  }

  /** Frees the emulator's resources; the session is unusable afterwards. */
  dispose(): void {
    this.emu.close?.();
  }

  closeSidebar(): void {
    this.observeSidebar();
    this.closed = true;
  }

  /** The current sidebar's HTML, or undefined when none is shown. */
  sidebarHtml(): string | undefined {
    const sidebar = this.observeSidebar();
    return sidebar && !this.closed ? sidebar.html : undefined;
  }

  state(): PlaygroundState {
    const ui = this.emu.ui;
    const sidebar = this.observeSidebar();
    const view = this.emu.view();
    return {
      view: { ...view, name: this.fileName.replace(/\.xlsx$/i, '') || view.name },
      ui: {
        menus: ui.menus,
        sidebar:
          sidebar && !this.closed
            ? { title: sidebar.title, version: this.sidebarVersion }
            : undefined,
        toasts: ui.toasts,
        alerts: ui.alerts,
      },
      generation: this.generation,
    };
  }

  private replace(emu: PlaygroundEmulator, fileName: string): void {
    this.emu.close?.();
    this.emu = emu;
    this.fileName = fileName;
    this.generation += 1;
    this.lastSidebar = undefined;
    this.lastHtml = '';
    this.closed = false;
    this.sidebarVersion += 1;
  }

  /**
   * Each showSidebar call records a sidebar; when it differs from the last one
   * seen (by object or by HTML), it is a newly shown sidebar: it reopens the
   * panel even if the user closed the previous one.
   */
  private observeSidebar(): Sidebar | undefined {
    const sidebar = this.emu.ui.sidebar;
    if (sidebar && (sidebar !== this.lastSidebar || sidebar.html !== this.lastHtml)) {
      this.sidebarVersion += 1;
      this.closed = false;
    }
    this.lastSidebar = sidebar;
    this.lastHtml = sidebar?.html ?? '';
    return sidebar;
  }
}
