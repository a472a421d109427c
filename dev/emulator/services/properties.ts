/**
 * PropertiesService: script, document and per-user stores kept apart, with
 * Google's size limits. Google reports both limits (9 KB per value, 500 KB
 * per store) with the same storage-quota message, counting key and value.
 */
import type { GProperties, GPropertiesService } from '../../../src/gas/surface';
import { type AuthContext, outsideDocument, requireAuth } from './auth';
import { gasError, type Realm } from './realm';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export type StoreName = 'user' | 'document' | 'script';

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

export class PropertyStore implements GProperties {
  private readonly map = new Map<string, string>();

  constructor(private readonly realm: Realm) {}

  private size(except?: string): number {
    let total = 0;
    for (const [k, v] of this.map) if (k !== except) total += utf8(k) + utf8(v);
    return total;
  }

  /** Validates a batch against both limits before anything is written (Google writes all or nothing). */
  private check(entries: [string, string][], dropOthers: boolean): void {
    const next = dropOthers ? new Map<string, string>() : new Map(this.map);
    for (const [k, v] of entries) {
      if (utf8(k) + utf8(v) > PROPERTY_VALUE_LIMIT)
        throw gasError(this.realm, PROPERTY_QUOTA_MESSAGE);
      next.set(k, v);
    }
    let total = 0;
    for (const [k, v] of next) total += utf8(k) + utf8(v);
    if (total > PROPERTY_STORE_LIMIT) throw gasError(this.realm, PROPERTY_QUOTA_MESSAGE);
  }

  getProperty(key: string): string | null {
    return this.map.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): this {
    // Apps Script stores everything as a string (numbers, booleans, objects via String()).
    const entry: [string, string] = [String(key), String(value)];
    this.check([entry], false);
    this.map.set(entry[0], entry[1]);
    return this;
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    const entries = Object.keys(properties).map((k): [string, string] => [
      k,
      String(properties[k]),
    ]);
    this.check(entries, deleteAllOthers);
    if (deleteAllOthers) this.map.clear();
    for (const [k, v] of entries) this.map.set(k, v);
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.map);
  }

  getKeys(): string[] {
    return [...this.map.keys()];
  }

  deleteProperty(key: string): this {
    this.map.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.map.clear();
    return this;
  }

  /** Bytes used (keys + values), for tests and the playground. */
  bytes(): number {
    return this.size();
  }
}

/** All stores of one script: the emulator keeps this across executions. */
export class PropertiesState {
  readonly script: PropertyStore;
  readonly document: PropertyStore;
  private readonly users = new Map<string, PropertyStore>();

  constructor(private readonly realm: Realm) {
    this.script = new PropertyStore(realm);
    this.document = new PropertyStore(realm);
  }

  /** User properties are per user e-mail. */
  user(email: string): PropertyStore {
    let store = this.users.get(email);
    if (!store) {
      store = new PropertyStore(this.realm);
      this.users.set(email, store);
    }
    return store;
  }

  /** Plain copy of a store, for EmulatorApi.properties(). */
  raw(store: StoreName, email: string): Record<string, string> {
    if (store === 'user') return this.user(email).getProperties();
    return this[store].getProperties();
  }
}

export class PropertiesServiceImpl implements GPropertiesService {
  constructor(
    private readonly state: PropertiesState,
    private readonly userEmail: () => string,
    private readonly auth: AuthContext,
  ) {}

  /** An add-on in AuthMode.NONE (installed, not enabled in this file) has no Properties access. */
  private guard(method: string): void {
    requireAuth(this.auth, `PropertiesService.${method}`, { deny: ['NONE'] });
  }

  /**
   * "When document properties are not available this method returns null"
   * (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()):
   * outside a containing document, as in an editor add-on's time-driven trigger.
   */
  getDocumentProperties(): PropertyStore {
    this.guard('getDocumentProperties');
    const none = outsideDocument<PropertyStore>(this.auth);
    if (none !== undefined) return none;
    return this.state.document;
  }

  getScriptProperties(): PropertyStore {
    this.guard('getScriptProperties');
    return this.state.script;
  }

  getUserProperties(): PropertyStore {
    this.guard('getUserProperties');
    return this.state.user(this.userEmail());
  }
}
