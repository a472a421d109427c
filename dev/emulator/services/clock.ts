/**
 * The emulator's clock. With a fixed `now` every `new Date()` / `Date.now()`
 * the add-on sees is that instant (plus whatever `Utilities.sleep` and lock
 * waits advanced it); without one it is real time, still advanced by sleeps so
 * that waiting never costs tests wall-clock time.
 *
 * Installing into a vm context (done by the emulator):
 *
 *   const clock = makeClock('2026-07-15T09:00:00Z');
 *   const context = vm.createContext({});
 *   const ContextDate = clock.install(context);   // replaces the context's Date
 *   // values created with ContextDate (or `new Date` inside the context) are
 *   // `instanceof Date` there, and so are dates made by the context's original Date.
 *
 * The replacement is built *inside* the context (it subclasses the context's own
 * Date and shares its prototype), because a host-made Date fails `instanceof`
 * in the context.
 */
import vm from 'node:vm';

export interface Clock {
  /** Epoch milliseconds as the add-on sees them. */
  now(): number;
  /** Fixes the clock at an ISO instant. */
  set(iso: string): void;
  /** Moves the clock forward (sleeps, lock waits); works fixed or real. */
  advance(ms: number): void;
  /** True when a fixed instant was set. */
  readonly fixed: boolean;
  /** Replaces `Date` in a vm context with one that reads this clock; returns it. */
  install(context: vm.Context): DateConstructor;
}

/**
 * JS evaluated inside the target realm. `FakeDate.prototype` *is* the real
 * prototype, so dates from either constructor pass `instanceof Date`.
 */
const FAKE_DATE_SOURCE = `(function (nowFn) {
  // Installing twice rebinds the clock instead of wrapping the wrapper.
  if (typeof Date.__emulatorSetNow === 'function') { Date.__emulatorSetNow(nowFn); return Date; }
  var RealDate = Date;
  function FakeDate() {
    var args = Array.prototype.slice.call(arguments);
    if (!new.target) return new RealDate(nowFn()).toString();
    if (args.length === 0) return Reflect.construct(RealDate, [nowFn()], new.target);
    return Reflect.construct(RealDate, args, new.target);
  }
  FakeDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(FakeDate, RealDate);
  Object.defineProperty(FakeDate, 'name', { value: 'Date' });
  FakeDate.now = function now() { return nowFn(); };
  Object.defineProperty(FakeDate, '__emulatorSetNow', { value: function (f) { nowFn = f; } });
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  Object.defineProperty(RealDate.prototype, 'constructor', {
    value: FakeDate, writable: true, configurable: true, enumerable: false
  });
  globalThis.Date = FakeDate;
  return FakeDate;
})`;

function parseIso(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Invalid clock time "${iso}": use an ISO 8601 instant`);
  return ms;
}

export function makeClock(now?: string): Clock {
  let fixedAt: number | undefined = now === undefined ? undefined : parseIso(now);
  let offset = 0;
  const clock: Clock = {
    now: () => (fixedAt === undefined ? Date.now() + offset : fixedAt),
    set(iso) {
      fixedAt = parseIso(iso);
    },
    advance(ms) {
      if (!(ms > 0)) return;
      if (fixedAt === undefined) offset += ms;
      else fixedAt += ms;
    },
    get fixed() {
      return fixedAt !== undefined;
    },
    install(context) {
      const factory = vm.runInContext(FAKE_DATE_SOURCE, context) as (
        nowFn: () => number,
      ) => DateConstructor;
      return factory(() => clock.now());
    },
  };
  return clock;
}
