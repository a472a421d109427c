import { describe, expect, it } from 'vitest';
import { makeClock } from '../../../dev/emulator/services/clock';
import { LOCK_TIMEOUT_MESSAGE } from '../../../dev/emulator/services/lock';
import { NOW, setup, thrown } from './helpers';

describe('LockService', () => {
  it('acquires, reports and releases a free lock', () => {
    const { globals: g, state } = setup();
    const lock = g.LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(state.locks.holder('script')).toBe(state.locks.currentExecution());
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(state.locks.holder('script')).toBeNull();
  });

  it('tryLock gives up after its timeout while another execution holds the lock', () => {
    const clock = makeClock(NOW);
    const { globals: g, state } = setup({ clock });
    const release = state.locks.holdExternally('document');
    const start = clock.now();
    expect(g.LockService.getDocumentLock().tryLock(5000)).toBe(false);
    // The wait is emulated: the clock moved, the test did not sleep.
    expect(clock.now() - start).toBe(5000);
    release();
    expect(g.LockService.getDocumentLock().tryLock(5000)).toBe(true);
  });

  it('waitLock throws Google’s message on timeout', () => {
    const { globals: g, state } = setup();
    state.locks.holdExternally('script');
    const err = thrown(() => g.LockService.getScriptLock().waitLock(30_000));
    expect(err.message).toBe(LOCK_TIMEOUT_MESSAGE);
    expect(err.name).toBe('Exception');
  });

  it('waits for an external holder that lets go within the timeout', () => {
    const clock = makeClock(NOW);
    const { globals: g, state } = setup({ clock });
    state.locks.holdExternally('script', { releaseAfterMs: 2000 });
    const start = clock.now();
    const lock = g.LockService.getScriptLock();
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    expect(clock.now() - start).toBe(2000);
  });

  it('keeps lock kinds apart; user locks are per user', () => {
    const { globals: g, state } = setup();
    state.locks.holdExternally('user', { userEmail: 'ben@example.com' });
    state.locks.holdExternally('document');
    expect(g.LockService.getUserLock().tryLock(0)).toBe(true); // ana's user lock is free
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(g.LockService.getDocumentLock().tryLock(0)).toBe(false);
    state.user.email = 'ben@example.com';
    expect(g.LockService.getUserLock().tryLock(0)).toBe(false);
  });

  it('releases what an execution still holds when it ends', () => {
    const { globals: g, state } = setup();
    const lock = g.LockService.getDocumentLock();
    lock.waitLock(100);
    state.endExecution();
    expect(lock.hasLock()).toBe(false);
    expect(state.locks.holder('document')).toBeNull();
  });

  it('does not block a second lock object of the same execution', () => {
    const { globals: g } = setup();
    const a = g.LockService.getScriptLock();
    const b = g.LockService.getScriptLock();
    a.waitLock(100);
    expect(b.tryLock(0)).toBe(true);
    a.releaseLock();
    expect(b.hasLock()).toBe(true);
  });
});
