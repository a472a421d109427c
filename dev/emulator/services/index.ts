/**
 * The emulator's non-spreadsheet Apps Script services, built for one
 * emulated script + document. The emulator installs `globals` into the vm
 * context the bundle runs in and keeps `state` for its own API (triggers,
 * properties, logs, locks, clock).
 *
 *   const context = vm.createContext({});
 *   const clock = makeClock(opts.now);
 *   const services = createServices({ context, clock, htmlDir, userEmail, locale, timeZone });
 *   Object.assign(context, services.globals);      // HtmlService, PropertiesService, …
 *   vm.runInContext(code, context);
 *   // after each run / trigger: services.state.endExecution();
 *
 * With `context` given, createServices installs the clock's Date into it and
 * makes every Date and Error it returns with that context's constructors.
 * When the context only exists later (dev/bundle.ts creates it from the
 * globals and runs the script at once), create without `context`, install
 * `globals`, then call `state.attach(context)` before the first execution:
 * the services switch realm in place (top-level script code touches no
 * service, so nothing was made in the wrong realm).
 */
import vm from 'node:vm';
import type { TriggerInfo } from '../contract';
import type { AuthModeName } from './auth';
import { CacheServiceImpl, CacheState } from './cache';
import type { Clock } from './clock';
import { HtmlServiceImpl } from './html';
import { hostEvaluator, type TemplateEvaluator } from './html-template';
import { LockServiceImpl, LockState } from './lock';
import { ConsoleImpl, LoggerImpl, LogState } from './logger';
import { PropertiesServiceImpl, PropertiesState, type StoreName } from './properties';
import { HOST_REALM, type Realm } from './realm';
import { ScriptAppImpl } from './script-app';
import { SessionImpl, uiLanguage } from './session';
import { TriggerState } from './triggers';
import {
  URLFETCH_DAILY_QUOTA,
  UrlFetchAppImpl,
  type UrlFetchOptions,
  UrlFetchState,
} from './url-fetch';
import { UtilitiesImpl } from './utilities';

export type { AuthModeName } from './auth';
export { type Clock, makeClock } from './clock';

export interface ServicesContext {
  /** Folder holding `<name>.html` files for HtmlService (build/). */
  htmlDir: string;
  clock: Clock;
  /** The active (and effective) user. */
  userEmail: string;
  /** Spreadsheet locale, e.g. `en_US`; the user's UI language defaults to its language part. */
  locale?: string;
  /** Session.getActiveUserLocale(); default derived from `locale`. */
  userLocale?: string;
  /** The script's time zone (appsscript.json), for Session.getScriptTimeZone(). Default Etc/UTC. */
  timeZone?: string;
  /** The vm context the bundle runs in: templates run there, dates/errors are its own. */
  context?: vm.Context;
  /** The current execution's auth mode (default FULL). */
  authMode?: () => AuthModeName;
  /** Manifest scopes (appsscript.json oauthScopes); when given, calls needing others are refused. */
  oauthScopes?: readonly string[];
  /** False while running outside a containing document (add-on time-driven triggers). */
  hasDocument?: () => boolean;
  /** Id of the emulated spreadsheet (for triggers). Default `emulated-spreadsheet`. */
  documentId?: () => string;
  /** Enforce editor add-on trigger rules (default true). */
  addon?: boolean;
  urlFetch?: UrlFetchOptions;
  /** Utilities.sleep blocks for real too (tests against a rate-limited local server). */
  realSleep?: boolean;
  /** Also send each log line here as it is written (e.g. to stderr). */
  echoLogs?: (line: string) => void;
}

export interface ServicesState {
  clock: Clock;
  /** Who runs the next execution; the playground may switch users. */
  user: { email: string };
  properties: PropertiesState;
  caches: CacheState;
  locks: LockState;
  triggers: TriggerState;
  logs: LogState;
  urlFetch: UrlFetchState;
  /** EmulatorApi.listTriggers(). */
  listTriggers(): TriggerInfo[];
  /** EmulatorApi.properties(store): a plain copy; `user` is the current user's store. */
  rawProperties(store: StoreName): Record<string, string>;
  /** Ends an execution: releases the locks it still holds (as Apps Script does). */
  endExecution(): void;
  /** Binds to the vm context: installs the clock's Date there, switches realm and template evaluation. */
  attach(context: vm.Context): void;
  /** Stops the HTTP worker. */
  close(): void;
}

export interface Services {
  /** What the emulator puts on the vm context's global object. */
  globals: {
    HtmlService: HtmlServiceImpl;
    PropertiesService: PropertiesServiceImpl;
    CacheService: CacheServiceImpl;
    LockService: LockServiceImpl;
    ScriptApp: ScriptAppImpl;
    Session: SessionImpl;
    Utilities: UtilitiesImpl;
    UrlFetchApp: UrlFetchAppImpl;
    Logger: LoggerImpl;
    console: ConsoleImpl;
  };
  state: ServicesState;
}

function vmEvaluator(context: vm.Context): TemplateEvaluator {
  return (code, vars, esc) => {
    const fn = vm.runInContext(`(function (__vars, __esc) {\n${code}\n})`, context) as (
      v: Record<string, unknown>,
      e: (v: unknown) => string,
    ) => string;
    return fn(vars, esc);
  };
}

export function createServices(ctx: ServicesContext): Services {
  const { clock } = ctx;
  // Shared by reference with every service, so attach() can switch it in place.
  const realm: Realm = { ...HOST_REALM };
  let evaluator: TemplateEvaluator = hostEvaluator;
  const attach = (context: vm.Context): void => {
    realm.Date = clock.install(context);
    // Builtins live on the context's global, not on the sandbox object the host holds.
    realm.Error = vm.runInContext('Error', context) as ErrorConstructor;
    evaluator = vmEvaluator(context);
  };
  if (ctx.context) attach(ctx.context);
  const user = { email: ctx.userEmail };
  const userEmail = () => user.email;
  const authMode = ctx.authMode ?? (() => 'FULL' as const);
  const auth = { realm, authMode, oauthScopes: ctx.oauthScopes, hasDocument: ctx.hasDocument };
  const documentId = ctx.documentId ?? (() => 'emulated-spreadsheet');

  const properties = new PropertiesState(realm);
  const caches = new CacheState(clock, realm);
  const locks = new LockState(clock);
  const triggers = new TriggerState(ctx.addon ?? true);
  const logs = new LogState(() => clock.now(), ctx.echoLogs);
  const urlFetch = new UrlFetchState(clock, ctx.urlFetch?.quota ?? URLFETCH_DAILY_QUOTA);
  const urlFetchApp = new UrlFetchAppImpl(urlFetch, auth, ctx.urlFetch);

  const globals: Services['globals'] = {
    HtmlService: new HtmlServiceImpl(ctx.htmlDir, (...a) => evaluator(...a), realm),
    PropertiesService: new PropertiesServiceImpl(properties, userEmail, auth),
    CacheService: new CacheServiceImpl(caches, userEmail, auth),
    LockService: new LockServiceImpl(locks, userEmail, auth),
    ScriptApp: new ScriptAppImpl({
      ...auth,
      triggers,
      userEmail,
      documentId,
      now: () => clock.now(),
      scriptId: 'emulated-script',
    }),
    Session: new SessionImpl({
      userEmail,
      userLocale: () => ctx.userLocale ?? uiLanguage(ctx.locale ?? 'en_US'),
      scriptTimeZone: () => ctx.timeZone ?? 'Etc/UTC',
      authMode,
      auth,
    }),
    Utilities: new UtilitiesImpl(clock, realm, ctx.realSleep),
    UrlFetchApp: urlFetchApp,
    Logger: new LoggerImpl(logs),
    console: new ConsoleImpl(logs, () => clock.now()),
  };

  return {
    globals,
    state: {
      clock,
      user,
      properties,
      caches,
      locks,
      triggers,
      logs,
      urlFetch,
      listTriggers: () => triggers.list(),
      rawProperties: (store) => properties.raw(store, user.email),
      endExecution: () => locks.endExecution(),
      attach,
      close: () => urlFetchApp.close(),
    },
  };
}
