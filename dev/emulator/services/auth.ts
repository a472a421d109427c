/**
 * Authorization checks shared by the services. Google refuses a service call
 * when the manifest lacks its scope or the execution's auth mode does not
 * allow it (an add-on that is installed but not enabled runs onOpen in
 * AuthMode.NONE; custom functions run in CUSTOM_FUNCTION). The message shape
 * is Google's: `You do not have permission to call X. Required permissions: S`.
 */
import { gasError, type Realm } from './realm';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/**
 * Scopes per service, from each method's "Authorization" section in Google's
 * reference (https://developers.google.com/apps-script/reference/…):
 * UrlFetchApp.fetch → external_request; ScriptApp triggers → scriptapp;
 * Session.getActiveUser / getEffectiveUser → userinfo.email; Ui.showSidebar /
 * showModalDialog / showModelessDialog → script.container.ui; the active
 * spreadsheet → spreadsheets.currentonly or spreadsheets; openById →
 * spreadsheets. PropertiesService, LockService, CacheService, HtmlService,
 * Utilities and Logger need none.
 */
export const SCOPES = {
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  userEmail: 'https://www.googleapis.com/auth/userinfo.email',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  currentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
} as const;

/**
 * Google's message when one of several scopes would do:
 * `Required permissions: (A || B)` (as Apps Script prints it for
 * SpreadsheetApp.getActiveSpreadsheet).
 */
export function anyOf(...scopes: string[]): string {
  return scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
}

/** True when the manifest allows one of `scopes` (or scopes are not checked). */
export function hasScope(declared: readonly string[] | undefined, scopes: string[]): boolean {
  return !declared || scopes.some((s) => declared.includes(s));
}

export interface AuthContext {
  realm: Realm;
  /** The current execution's mode; FULL when the emulator does not say. */
  authMode: () => AuthModeName;
  /** Manifest scopes; undefined = not checked (unit tests). */
  oauthScopes?: readonly string[];
  /**
   * False while the script runs outside a containing document (an editor
   * add-on's time-driven trigger): document properties, lock and cache are
   * then null. Default: always inside one.
   */
  hasDocument?: () => boolean;
}

/**
 * Google's "null outside a containing document" for APIs whose surface type
 * is not nullable (the surface mirrors Google's declarations).
 */
export function outsideDocument<T>(auth: AuthContext): T | undefined {
  return auth.hasDocument && !auth.hasDocument() ? (null as T) : undefined;
}

export function permissionError(auth: AuthContext, method: string, scope?: string): Error {
  const tail = scope ? `. Required permissions: ${scope}` : '';
  return gasError(auth.realm, `You do not have permission to call ${method}${tail}`);
}

/**
 * Throws when `method` may not run: its scope is missing from the manifest, or
 * the auth mode is one of `deny`.
 */
export function requireAuth(
  auth: AuthContext,
  method: string,
  opts: { scope?: string; deny?: readonly AuthModeName[] } = {},
): void {
  if (opts.scope && auth.oauthScopes && !auth.oauthScopes.includes(opts.scope)) {
    throw permissionError(auth, method, opts.scope);
  }
  if (opts.deny?.includes(auth.authMode())) throw permissionError(auth, method, opts.scope);
}
