/**
 * A stand-in EmulatorApi over a fixed WorkbookView, for testing the page's
 * rendering (gallery-view.ts) independently of the real emulator. It knows
 * just enough globals to drive the UI: onOpen (menu), showSidebar, toastHello,
 * alertHello, and failing (throws, as an add-on error would).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  CallStats,
  EmulatorApi,
  EmulatorOptions,
  PlainValue,
  RangeSnapshot,
  UiState,
  WorkbookView,
} from '../../dev/emulator/contract';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export class FakeEmulator implements EmulatorApi {
  readonly options: Required<Omit<EmulatorOptions, 'codePath' | 'htmlDir'>> = {
    now: '2026-07-15T09:00:00.000Z',
    locale: 'en_US',
    timeZone: 'Europe/Berlin',
    userEmail: 'demo@example.com',
  };
  readonly ui: UiState = { menus: [], toasts: [], alerts: [] };
  /** Every run call, for assertions. */
  readonly calls: { name: string; args: unknown[] }[] = [];

  constructor(private readonly book: WorkbookView) {}

  run(name: string, args: unknown[] = []): unknown {
    this.calls.push({ name, args });
    switch (name) {
      case 'onOpen':
        this.ui.menus = [
          {
            title: 'Funnel SLA',
            items: [
              { caption: 'Open Funnel SLA', functionName: 'showSidebar' },
              { caption: 'Say hello', functionName: 'toastHello' },
              { caption: 'Break', functionName: 'failing' },
            ],
          },
        ];
        return undefined;
      case 'showSidebar':
        this.ui.sidebar = {
          title: 'Funnel SLA',
          html: readFileSync(join(ROOT, 'build', 'Sidebar.html'), 'utf8'),
        };
        return undefined;
      case 'toastHello':
        this.ui.toasts.push({ title: 'Funnel SLA', message: 'Hello from the add-on' });
        return 'hello';
      case 'alertHello':
        this.ui.alerts.push('Are you sure?');
        return undefined;
      case 'echo':
        return args;
      case 'failing':
        throw new Error('FAILING: something went wrong on the server');
      default:
        throw new Error(`Script function not found: ${name}`);
    }
  }

  trigger(name: string): unknown {
    return this.run(name);
  }

  get(_ref: string): RangeSnapshot {
    return { values: [], formulas: [] };
  }

  set(ref: string, value: PlainValue | null): void {
    const m = /^'((?:[^']|'')+)'!([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(`Range not found: ${ref}`);
    const sheet = this.book.sheets.find((s) => s.name === m[1].replace(/''/g, "'"));
    if (!sheet) throw new Error(`Range not found: ${ref}`);
    const c = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const r = Number(m[3]);
    sheet.cells = sheet.cells.filter((cell) => cell.r !== r || cell.c !== c);
    if (value !== null) sheet.cells.push({ r, c, v: value, display: String(value) });
  }

  stats(): CallStats {
    return { calls: 0, flushes: 0, ms: 0, byMethod: {} };
  }

  view(): WorkbookView {
    return structuredClone(this.book);
  }

  setNow(iso: string): void {
    this.options.now = iso;
  }

  addCsvTab(): void {
    throw new Error('not in the fake');
  }

  addTab(): void {
    throw new Error('not in the fake');
  }

  async saveXlsx(): Promise<void> {
    throw new Error('not in the fake');
  }

  failNext(): void {}

  listTriggers() {
    return [];
  }

  properties(): Record<string, string> {
    return {};
  }
}
