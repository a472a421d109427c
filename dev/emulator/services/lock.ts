/**
 * LockService. Executions in the emulator run one at a time, so contention is
 * simulated: `LockState.holdExternally` makes "another execution" hold a lock
 * (optionally releasing it after some milliseconds of emulated time). Waiting
 * advances the emulator clock instead of sleeping, so a 30 s `waitLock` costs
 * tests nothing.
 *
 * Ownership is per execution: two Lock objects of the same kind in one
 * execution do not block each other. Locks still held when an execution ends
 * are released, as in Apps Script.
 */

import type { GLock, GLockService } from '../../../src/gas/surface';
import { type AuthContext, outsideDocument, requireAuth } from './auth';
import type { Clock } from './clock';
import { gasError, type Realm } from './realm';

export const LOCK_TIMEOUT_MESSAGE =
  'Lock timeout: another process was holding the lock for too long.';

export type LockKind = 'script' | 'document' | 'user';

interface Holder {
  owner: string;
  /** Lock objects of the owner currently holding it. */
  count: number;
  /** Emulated instant at which an external holder lets go. */
  releaseAt?: number;
}

export class LockState {
  private readonly held = new Map<string, Holder>();
  private execution = 'execution-1';
  private executions = 1;

  constructor(readonly clock: Clock) {}

  key(kind: LockKind, userEmail: string): string {
    return kind === 'user' ? `user:${userEmail}` : kind;
  }

  currentExecution(): string {
    return this.execution;
  }

  /** Called by the emulator when an execution ends: frees its locks and starts a new identity. */
  endExecution(): void {
    for (const [k, h] of this.held) if (h.owner === this.execution) this.held.delete(k);
    this.executions += 1;
    this.execution = `execution-${this.executions}`;
  }

  /**
   * Test helper: another execution takes the lock now. It keeps it until the
   * returned function is called, or until `releaseAfterMs` of emulated time passed.
   */
  holdExternally(
    kind: LockKind,
    opts: { userEmail?: string; releaseAfterMs?: number } = {},
  ): () => void {
    const key = this.key(kind, opts.userEmail ?? '');
    const owner = `external:${key}:${this.clock.now()}`;
    const releaseAt =
      opts.releaseAfterMs === undefined ? undefined : this.clock.now() + opts.releaseAfterMs;
    this.held.set(key, { owner, count: 1, releaseAt });
    return () => {
      if (this.held.get(key)?.owner === owner) this.held.delete(key);
    };
  }

  /** Who holds a lock (for tests): an execution id, `external:…`, or null. */
  holder(kind: LockKind, userEmail = ''): string | null {
    const key = this.key(kind, userEmail);
    this.expire(key);
    return this.held.get(key)?.owner ?? null;
  }

  private expire(key: string): void {
    const h = this.held.get(key);
    if (h?.releaseAt !== undefined && h.releaseAt <= this.clock.now()) this.held.delete(key);
  }

  /** Acquires for the current execution, waiting up to timeoutMs of emulated time. */
  acquire(key: string, timeoutMs: number): boolean {
    this.expire(key);
    const h = this.held.get(key);
    if (!h || h.owner === this.execution) {
      if (h) h.count += 1;
      else this.held.set(key, { owner: this.execution, count: 1 });
      return true;
    }
    const wait = Math.max(0, Math.floor(timeoutMs));
    if (h.releaseAt !== undefined && h.releaseAt <= this.clock.now() + wait) {
      this.clock.advance(h.releaseAt - this.clock.now());
      this.held.set(key, { owner: this.execution, count: 1 });
      return true;
    }
    this.clock.advance(wait);
    return false;
  }

  /** True while the current execution holds the lock. */
  owns(key: string): boolean {
    return this.held.get(key)?.owner === this.execution;
  }

  release(key: string): void {
    const h = this.held.get(key);
    if (!h || h.owner !== this.execution) return;
    h.count -= 1;
    if (h.count <= 0) this.held.delete(key);
  }
}

export class LockImpl implements GLock {
  private held = false;

  constructor(
    private readonly state: LockState,
    private readonly key: string,
    private readonly realm: Realm,
  ) {}

  hasLock(): boolean {
    // A lock does not outlive its execution (the emulator ends executions between runs).
    if (this.held && !this.state.owns(this.key)) this.held = false;
    return this.held;
  }

  tryLock(timeoutInMillis: number): boolean {
    if (this.hasLock()) return true;
    this.held = this.state.acquire(this.key, timeoutInMillis);
    return this.held;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw gasError(this.realm, LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    if (!this.hasLock()) return;
    this.held = false;
    this.state.release(this.key);
  }
}

export class LockServiceImpl implements GLockService {
  constructor(
    private readonly state: LockState,
    private readonly userEmail: () => string,
    private readonly auth: AuthContext,
  ) {}

  private make(method: string, kind: LockKind, email: string): LockImpl {
    requireAuth(this.auth, `LockService.${method}`, { deny: ['NONE'] });
    return new LockImpl(this.state, this.state.key(kind, email), this.auth.realm);
  }

  /**
   * null "if this method is called outside of the context of a containing
   * document" (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
   */
  getDocumentLock(): LockImpl {
    const lock = this.make('getDocumentLock', 'document', '');
    return outsideDocument<LockImpl>(this.auth) === undefined
      ? lock
      : (null as unknown as LockImpl);
  }

  getScriptLock(): LockImpl {
    return this.make('getScriptLock', 'script', '');
  }

  getUserLock(): LockImpl {
    return this.make('getUserLock', 'user', this.userEmail());
  }
}
