/**
 * Authorization checks shared by the services. Google refuses a service call
 * when the manifest lacks its scope or the execution's auth mode does not
 * allow it (an add-on that is installed but not enabled runs onOpen in
 * AuthMode.NONE; custom functions run in CUSTOM_FUNCTION). The message shape
 * is Google's: `You do not have permission to call X. Required permissions: S`.
 */
import { gasError, type Realm } from './realm';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export const SCOPES = {
  externalRequest: 'https://www.googleapis.com/auth/script.external_request',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
} as const;

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
