/**
 * CacheService: script, document and per-user caches whose entries expire on
 * the emulator clock. Google's limits: keys up to 250 characters, values up to
 * 100 KB, expiry 1 s – 6 h (default 10 min), about 1,000 entries per cache
 * (the oldest are evicted first).
 */

import type { GCache, GCacheService } from '../../../src/gas/surface';
import { type AuthContext, outsideDocument, requireAuth } from './auth';
import type { Clock } from './clock';
import { gasError, type Realm } from './realm';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_DEFAULT_TTL_S = 600;
export const CACHE_MAX_TTL_S = 21600;
export const CACHE_MAX_ENTRIES = 1000;

interface Entry {
  value: string;
  expires: number;
}

export class CacheImpl implements GCache {
  private readonly map = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly realm: Realm,
  ) {}

  private validate(key: string, value: string): void {
    if (key.length > CACHE_KEY_LIMIT) throw gasError(this.realm, 'Argument too large: key');
    if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT) {
      throw gasError(this.realm, 'Argument too large: value');
    }
  }

  private ttl(expirationInSeconds: number | undefined): number {
    if (expirationInSeconds === undefined) return CACHE_DEFAULT_TTL_S;
    // Google does not reject a longer expiry; it keeps the entry at most 6 hours.
    return Math.min(Math.max(1, Math.floor(expirationInSeconds)), CACHE_MAX_TTL_S);
  }

  private live(key: string): Entry | undefined {
    const e = this.map.get(key);
    if (e && e.expires <= this.clock.now()) {
      this.map.delete(key);
      return undefined;
    }
    return e;
  }

  private store(key: string, value: string, ttlS: number): void {
    this.map.delete(key);
    this.map.set(key, { value, expires: this.clock.now() + ttlS * 1000 });
    while (this.map.size > CACHE_MAX_ENTRIES) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }

  get(key: string): string | null {
    return this.live(String(key))?.value ?? null;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const e = this.live(String(k));
      if (e) out[k] = e.value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = String(key);
    const v = String(value);
    this.validate(k, v);
    this.store(k, v, this.ttl(expirationInSeconds));
  }

  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    const entries = Object.keys(values).map((k): [string, string] => [k, String(values[k])]);
    for (const [k, v] of entries) this.validate(k, v);
    const ttl = this.ttl(expirationInSeconds);
    for (const [k, v] of entries) this.store(k, v, ttl);
  }

  remove(key: string): void {
    this.map.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.map.delete(String(k));
  }

  /** Live entry count, for tests. */
  size(): number {
    for (const k of [...this.map.keys()]) this.live(k);
    return this.map.size;
  }
}

export class CacheState {
  readonly script: CacheImpl;
  readonly document: CacheImpl;
  private readonly users = new Map<string, CacheImpl>();

  constructor(
    private readonly clock: Clock,
    private readonly realm: Realm,
  ) {
    this.script = new CacheImpl(clock, realm);
    this.document = new CacheImpl(clock, realm);
  }

  user(email: string): CacheImpl {
    let c = this.users.get(email);
    if (!c) {
      c = new CacheImpl(this.clock, this.realm);
      this.users.set(email, c);
    }
    return c;
  }
}

export class CacheServiceImpl implements GCacheService {
  constructor(
    private readonly state: CacheState,
    private readonly userEmail: () => string,
    private readonly auth: AuthContext,
  ) {}

  /** AuthMode.NONE allows only Logger and Utilities among the non-document services. */
  private guard(method: string): void {
    requireAuth(this.auth, `CacheService.${method}`, { deny: ['NONE'] });
  }

  getScriptCache(): CacheImpl {
    this.guard('getScriptCache');
    return this.state.script;
  }

  /** null outside a containing document (https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()). */
  getDocumentCache(): CacheImpl {
    this.guard('getDocumentCache');
    const none = outsideDocument<CacheImpl>(this.auth);
    if (none !== undefined) return none;
    return this.state.document;
  }

  getUserCache(): CacheImpl {
    this.guard('getUserCache');
    return this.state.user(this.userEmail());
  }
}
