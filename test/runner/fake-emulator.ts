/**
 * A tiny in-memory EmulatorApi for the runner's own tests: cells by ref, a
 * few globals, call counting. The real emulator is exercised by cli.test.ts.
 */
import type {
  CallStats,
  EmulatorApi,
  EmulatorControl,
  EmulatorOptions,
  ExecutionTime,
  PlainValue,
  RangeSnapshot,
  TriggerInfo,
  TriggerRun,
  UiState,
  WorkbookView,
} from '../../dev/emulator/contract';

export class FakeEmulator implements EmulatorApi, EmulatorControl {
  readonly options: Required<Omit<EmulatorOptions, 'codePath' | 'htmlDir'>>;
  readonly ui: UiState = { menus: [], toasts: [], alerts: [] };
  readonly cells = new Map<string, PlainValue>();
  readonly tabs: { name: string; csv: string }[] = [];
  saved: string | undefined;
  private calls = 0;
  /** failAt: the service call (of `serviceCalls`) that throws. */
  private faultAt = 0;
  private serviceCalls = 0;
  private lastCalls = 0;

  constructor(opts: EmulatorOptions = {}) {
    this.options = {
      now: opts.now ?? '',
      locale: opts.locale ?? 'en_US',
      timeZone: opts.timeZone ?? 'Etc/UTC',
      userEmail: opts.userEmail ?? 'runner@example.com',
    };
  }

  /** Stands for one Apps Script service call of the running function. */
  private serviceCall(): void {
    this.serviceCalls += 1;
    this.lastCalls += 1;
    if (this.serviceCalls === this.faultAt) {
      this.faultAt = 0;
      throw new Error('Service Spreadsheets failed while accessing document with id fake.');
    }
  }

  run(name: string, args: unknown[] = []): unknown {
    this.calls += 1;
    this.lastCalls = 0;
    if (name === 'double') {
      // Reads, then writes: two service calls.
      this.serviceCall();
      this.serviceCall();
      return (args[0] as number) * 2;
    }
    if (name === 'nothing') return undefined;
    if (name === 'when') return new Date(Date.UTC(2026, 6, 15));
    if (name === 'cyclic') {
      const o: Record<string, unknown> = {};
      o.self = o;
      return o;
    }
    throw new Error(`Script function not found: ${name}`);
  }

  trigger(name: string): unknown {
    return this.run(name);
  }

  get(ref: string): RangeSnapshot {
    if (!this.cells.has(ref)) throw new Error(`Range not found: ${ref}`);
    const v = this.cells.get(ref)!;
    const formula = typeof v === 'string' && v.startsWith('=') ? v : '';
    return { values: [[formula ? 2 : v]], formulas: [[formula]] };
  }

  set(ref: string, value: PlainValue | null): void {
    if (ref.includes('!') && !ref.startsWith("'Sheet1'!"))
      throw new Error(`Sheet not found: ${ref}`);
    this.cells.set(ref, value ?? '');
  }

  stats(): CallStats {
    const s = { calls: this.calls, flushes: 0, ms: 0, byMethod: { run: this.calls } };
    this.calls = 0;
    return s;
  }

  view(): WorkbookView {
    return {
      name: 'fake',
      locale: 'en_US',
      timeZone: 'Etc/UTC',
      activeSheet: 'Sheet1',
      sheets: [],
      namedRanges: [],
    };
  }

  setNow(iso: string): void {
    this.options.now = iso;
  }

  addCsvTab(name: string, csv: string): void {
    this.tabs.push({ name, csv });
  }

  addTab(): void {}

  async saveXlsx(path: string): Promise<void> {
    if (path.includes('readonly')) throw new Error('EACCES: permission denied');
    this.saved = path;
  }

  failNext(): void {}

  failAt(n: number): void {
    this.faultAt = n > 0 ? this.serviceCalls + n : 0;
  }

  lastOperationCalls(): number {
    return this.lastCalls;
  }

  acting = '';

  setUser(email: string): void {
    this.acting = email;
  }

  user(): string {
    return this.acting || this.options.userEmail;
  }

  executionTimes(): ExecutionTime[] {
    return [];
  }

  /** One daily trigger per user that switched in with --as; ana's fails. */
  fireDueTriggers(): TriggerRun[] {
    const at = this.options.now || '2026-07-15T06:00:00.000Z';
    const user = this.user();
    return user.startsWith('ana@')
      ? [{ handler: 'scheduledRefresh', user, at, ok: false, error: 'Sheet not found' }]
      : [{ handler: 'scheduledRefresh', user, at, ok: true }];
  }

  listTriggers(): TriggerInfo[] {
    return [];
  }

  properties(): Record<string, string> {
    return {};
  }
}
