/**
 * Session: who runs the script and in which locale / time zone. The active
 * user may change between executions (the playground can switch users), so
 * everything is read through getters.
 */
import { createHash } from 'node:crypto';
import type { GSession, GUser } from '../../../src/gas/surface';
import { type AuthContext, type AuthModeName, requireAuth, SCOPES } from './auth';

export interface SessionInfo {
  userEmail: () => string;
  /** The user's UI language as Google reports it, e.g. `en`, `de`, `pt_BR`. */
  userLocale: () => string;
  /** The script project's time zone (appsscript.json), not the spreadsheet's. */
  scriptTimeZone: () => string;
  authMode: () => AuthModeName;
  /** Manifest scopes: the user's e-mail needs userinfo.email. */
  auth?: AuthContext;
}

export class UserImpl implements GUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  /** Deprecated in Apps Script; kept because the type declares it. */
  getUserLoginId(): string {
    return this.email;
  }
}

export class SessionImpl implements GSession {
  constructor(private readonly info: SessionInfo) {}

  /**
   * Without full authorization (AuthMode NONE / LIMITED, custom functions)
   * Google gives only the locale, and the user's e-mail comes back blank.
   */
  private email(): string {
    return this.info.authMode() === 'FULL' ? this.info.userEmail() : '';
  }

  /**
   * Both need https://www.googleapis.com/auth/userinfo.email
   * (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
   */
  private user(method: string): UserImpl {
    if (this.info.auth)
      requireAuth(this.info.auth, `Session.${method}`, { scope: SCOPES.userEmail });
    return new UserImpl(this.email());
  }

  getActiveUser(): UserImpl {
    return this.user('getActiveUser');
  }

  getEffectiveUser(): UserImpl {
    return this.user('getEffectiveUser');
  }

  getActiveUserLocale(): string {
    return this.info.userLocale();
  }

  getScriptTimeZone(): string {
    return this.info.scriptTimeZone();
  }

  /** Deprecated alias of getActiveUser. */
  getUser(): UserImpl {
    return this.user('getUser');
  }

  /** Deprecated alias of getScriptTimeZone. */
  getTimeZone(): string {
    return this.info.scriptTimeZone();
  }

  /**
   * Opaque per-user, per-script key. Google rotates it every 30 days; the
   * emulator keeps it stable so tests can compare it.
   */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`funnel-sla-emulator:${this.info.userEmail()}`)
      .digest('base64url')
      .slice(0, 43);
  }
}

/** `en_US` → `en`; Google keeps the region only for a few languages (pt_BR, zh_CN, zh_TW…). */
export function uiLanguage(locale: string): string {
  const [lang, region] = locale.replace('-', '_').split('_');
  if (region && ['pt', 'zh'].includes(lang)) return `${lang}_${region}`;
  return lang;
}
