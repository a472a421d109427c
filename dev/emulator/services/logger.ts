/**
 * Logger and console, recorded in memory so tests can assert on them and the
 * runner / playground can print them. Nothing is written to stdout unless an
 * `echo` sink is given: the runner's stdout is reserved for its JSON lines.
 */
import { format } from 'node:util';
import type { GConsole, GLogger } from '../../../src/gas/surface';

export type LogLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

export interface LogEntry {
  level: LogLevel;
  /** `Logger` or `console`. */
  source: 'Logger' | 'console';
  message: string;
  /** Emulator clock, epoch ms. */
  time: number;
}

export class LogState {
  readonly entries: LogEntry[] = [];

  constructor(
    private readonly now: () => number,
    private readonly echo?: (line: string) => void,
  ) {}

  add(source: LogEntry['source'], level: LogLevel, message: string): void {
    const entry = { source, level, message, time: this.now() };
    this.entries.push(entry);
    this.echo?.(LogState.line(entry));
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** One line per entry, like the Apps Script execution log. */
  static line(e: LogEntry): string {
    const level = e.level === 'log' ? 'Info' : e.level[0].toUpperCase() + e.level.slice(1);
    return `${new Date(e.time).toISOString()}\t${level}\t${e.message}`;
  }

  print(): string {
    return this.entries.map(LogState.line).join('\n');
  }
}

/** Logger.log(format, ...values) replaces each `%s` in turn, as Apps Script documents. */
function loggerFormat(first: unknown, values: unknown[]): string {
  const text = typeof first === 'string' ? first : stringify(first);
  if (values.length === 0) return text;
  let i = 0;
  return text.replace(/%s/g, (m) => (i < values.length ? stringify(values[i++]) : m));
}

function stringify(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'object') {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

export class LoggerImpl implements GLogger {
  constructor(private readonly state: LogState) {}

  log(data: unknown, ...values: unknown[]): this {
    this.state.add('Logger', 'log', loggerFormat(data, values));
    return this;
  }

  getLog(): string {
    return this.state.entries
      .filter((e) => e.source === 'Logger')
      .map((e) => `${new Date(e.time).toISOString()} INFO: ${e.message}`)
      .join('\n');
  }

  clear(): void {
    for (let i = this.state.entries.length - 1; i >= 0; i--) {
      if (this.state.entries[i].source === 'Logger') this.state.entries.splice(i, 1);
    }
  }
}

/** The console object Apps Script's V8 runtime provides (Cloud Logging levels). */
export class ConsoleImpl implements GConsole {
  private readonly timers = new Map<string, number>();

  constructor(
    private readonly state: LogState,
    private readonly now: () => number,
  ) {}

  private write(level: LogLevel, args: unknown[]): void {
    this.state.add('console', level, format(...args));
  }

  log(...args: unknown[]): void {
    this.write('log', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  debug(...args: unknown[]): void {
    this.write('debug', args);
  }
  time(label = 'default'): void {
    this.timers.set(label, this.now());
  }
  timeEnd(label = 'default'): void {
    const start = this.timers.get(label);
    if (start === undefined) return;
    this.timers.delete(label);
    this.write('log', [`${label}: ${this.now() - start}ms`]);
  }
}
