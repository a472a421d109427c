/**
 * Every operation that writes (build, refresh, reset, schedule change) runs
 * here: it takes the add-on's lease on the spreadsheet, runs, and clears the
 * lease in the write that ends it. The lease is a record in the spreadsheet's
 * own state (src/server/state.ts), checked and set while holding
 * LockService's script lock for a moment only: a document lock does not
 * exist in an add-on's time-driven trigger (getDocumentLock() returns null
 * outside a containing document), the spreadsheet does.
 */
import { inLanguage, t } from '../api/messages';
import { type SheetsApi, sheetsApi } from '../gas/api';
import { entryUpdate } from '../gas/metadata';
import type { ApiBatchResponse, ApiRequest } from '../gas/sheets-api';
import type { GLock, GSpreadsheet, Services } from '../gas/surface';
import {
  type AddonState,
  checkSize,
  type Journal,
  loadState,
  type StateHandle,
  saveState,
} from './state';

/** How long a second operation waits for the check-and-set. */
const LOCK_WAIT_MS = 2000;
/** A lease outlives the longest execution Apps Script allows (6 minutes). */
const LEASE_MS = 7 * 60 * 1000;

export interface Operation {
  svc: Services;
  ss: GSpreadsheet;
  lang: string;
  h: StateHandle;
  /** Who runs it ('' when Google does not say). */
  user: string;
  /** Records a step (a journal) and keeps the lease. */
  finishStep(next: AddonState): void;
  /**
   * A journal that matters only if this run is cut off: written with the
   * lease's release on failure, never on success (saves a call).
   */
  pending(journal: Journal): void;
  /** Ends the operation: saves `next` with the lease cleared (one write). */
  finish(next: AddonState): void;
  /** The advanced Sheets service on this spreadsheet (its id asked once). */
  api: SheetsApi;
  /**
   * Ends the operation with `requests` and the record (`next`, lease cleared)
   * in ONE atomic batch: all of it lands or none of it. A spreadsheet without
   * a record yet gets it in a second write.
   */
  commit(next: AddonState, requests: ApiRequest[]): ApiBatchResponse;
  /** The same as a step: the record keeps the lease, the operation goes on. */
  commitStep(next: AddonState, requests: ApiRequest[]): ApiBatchResponse;
}

/** A lock Apps Script could not release now is released when the execution ends. */
function release(lock: GLock): void {
  try {
    lock.releaseLock();
  } catch {
    // Ignored on purpose: failing the whole operation here would make a finished change look failed.
  }
}

export function busyError(lang: string): Error {
  return new Error(t('op.err.busy', undefined, lang));
}

export function runOperation<T>(
  svc: Services,
  ss: GSpreadsheet,
  name: string,
  lang: string,
  user: string,
  body: (op: Operation) => T,
): T {
  // Interactive runs hold the document lock throughout (null in an add-on trigger).
  const docLock = svc.LockService.getDocumentLock();
  if (docLock && !docLock.tryLock(LOCK_WAIT_MS)) throw busyError(lang);
  try {
    // Messages to the user default to their language; documents switch to the SLA's.
    return inLanguage(lang, () => leased(svc, ss, name, lang, user, body));
  } finally {
    if (docLock) release(docLock);
  }
}

function leased<T>(
  svc: Services,
  ss: GSpreadsheet,
  name: string,
  lang: string,
  user: string,
  body: (op: Operation) => T,
): T {
  const lock = svc.LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw busyError(lang);
  let h: StateHandle;
  try {
    h = loadState(ss, lang);
    const lease = h.state.lease;
    if (lease && lease.until > Date.now()) throw busyError(lang);
    // A spreadsheet without a record has no SLA, so no trigger can run on it:
    // the document lock suffices, and the record is written once, at the end.
    if (h.stored.entry)
      saveState(
        h,
        { ...h.state, lease: { op: name, by: user, until: Date.now() + LEASE_MS } },
        lang,
      );
  } finally {
    release(lock);
  }
  const handle = h;
  let finished = false;
  let pendingJournal: Journal | null = null;
  const op: Operation = {
    svc,
    ss,
    lang,
    h: handle,
    user,
    pending(journal) {
      pendingJournal = journal;
    },
    finishStep(next) {
      saveState(handle, { ...next, lease: handle.state.lease }, lang);
    },
    finish(next) {
      saveState(handle, { ...next, lease: null }, lang);
      finished = true;
    },
    api: sheetsApi(svc, ss),
    commit(next, requests) {
      const reply = batchWithState(next, requests, null);
      finished = true;
      return reply;
    },
    commitStep(next, requests) {
      return batchWithState(next, requests, handle.state.lease);
    },
  };
  function batchWithState(
    next: AddonState,
    requests: ApiRequest[],
    lease: AddonState['lease'],
  ): ApiBatchResponse {
    const saved = { ...next, lease };
    const text = checkSize(saved, lang);
    if (!handle.stored.entry) {
      const reply = op.api.batch(requests);
      saveState(handle, saved, lang);
      return reply;
    }
    const reply = op.api.batch([...requests, entryUpdate(text)]);
    handle.stored = { ...handle.stored, text };
    handle.state = saved;
    return reply;
  }
  try {
    return body(op);
  } finally {
    // Cut off (or read-only): free the lease, keep everything else as last saved
    // (a journal stays for the retry).
    if (!finished && (handle.stored.entry || handle.stored.added || pendingJournal))
      saveState(
        handle,
        { ...handle.state, lease: null, journal: pendingJournal ?? handle.state.journal },
        lang,
      );
  }
}
