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
  /** This operation wrote through SpreadsheetApp (a flush comes before its next API write). */
  wrote(): void;
  /** The same as a step: the record keeps the lease, the operation goes on. */
  commitStep(next: AddonState, requests: ApiRequest[]): ApiBatchResponse;
  /**
   * A step as a request for someone else's batch (src/gas/commit.ts sends it
   * with the tab's structure): `applied` once that batch has landed.
   */
  stepRequest(next: AddonState): { requests: ApiRequest[]; applied: () => void };
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

/**
 * Where the record is written. SpreadsheetApp holds its writes back until a
 * read or the end of the execution, and the advanced Sheets service does not
 * see them: a record written through SpreadsheetApp and then overwritten by a
 * batch could land AFTER the batch. So the record goes through the API
 * (an atomic batch of its own, or inside the operation's batch), with a
 * flush first when the operation's own SpreadsheetApp writes are pending
 * (`wrote()`); only the last write of an execution (`finish`, the release
 * after a failure) may use SpreadsheetApp, as nothing follows it.
 */
class RecordWriter {
  /** SpreadsheetApp writes of this operation that no read or flush has sent yet. */
  dirty = false;
  constructor(
    private readonly svc: Services,
    readonly api: SheetsApi,
    readonly h: StateHandle,
    private readonly lang: string,
  ) {}

  /** `requests` and the record in one batch (the record alone when `requests` is empty). */
  batch(next: AddonState, requests: ApiRequest[]): ApiBatchResponse {
    const text = checkSize(next, this.lang);
    if (this.dirty) this.svc.SpreadsheetApp.flush();
    this.dirty = false;
    if (!this.h.stored.entry) {
      // No record yet (a first build): it is added after the batch, through SpreadsheetApp.
      const reply = this.api.batch(requests);
      saveState(this.h, next, this.lang);
      return reply;
    }
    if (text === this.h.stored.text && !requests.length) return { replies: [] };
    const reply = this.api.batch([...requests, entryUpdate(text)]);
    this.h.stored = { ...this.h.stored, text };
    this.h.state = next;
    return reply;
  }

  /** The record as a request of another batch; without a record yet, written at once. */
  request(next: AddonState): { requests: ApiRequest[]; applied: () => void } {
    const text = checkSize(next, this.lang);
    if (!this.h.stored.entry) {
      this.batch(next, []);
      return { requests: [], applied: () => {} };
    }
    if (this.dirty) this.svc.SpreadsheetApp.flush();
    this.dirty = false;
    return {
      requests: [entryUpdate(text)],
      applied: () => {
        this.h.stored = { ...this.h.stored, text };
        this.h.state = next;
      },
    };
  }

  /** The last write of an execution. */
  last(next: AddonState): void {
    saveState(this.h, next, this.lang);
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
  let writer: RecordWriter;
  try {
    const h = loadState(ss, lang);
    writer = new RecordWriter(svc, sheetsApi(svc, ss), h, lang);
    const lease = h.state.lease;
    if (lease && lease.until > Date.now()) throw busyError(lang);
    // A spreadsheet without a record has no SLA, so no trigger can run on it:
    // the document lock suffices, and the record is written once, at the end.
    if (h.stored.entry)
      writer.batch({ ...h.state, lease: { op: name, by: user, until: Date.now() + LEASE_MS } }, []);
  } finally {
    release(lock);
  }
  return run(writer, svc, ss, lang, user, body);
}

function run<T>(
  writer: RecordWriter,
  svc: Services,
  ss: GSpreadsheet,
  lang: string,
  user: string,
  body: (op: Operation) => T,
): T {
  const handle = writer.h;
  let finished = false;
  let pendingJournal: Journal | null = null;
  const op: Operation = {
    svc,
    ss,
    lang,
    h: handle,
    user,
    api: writer.api,
    pending(journal) {
      pendingJournal = journal;
    },
    wrote() {
      writer.dirty = true;
    },
    finishStep(next) {
      writer.batch({ ...next, lease: handle.state.lease }, []);
    },
    finish(next) {
      writer.last({ ...next, lease: null });
      finished = true;
    },
    commit(next, requests) {
      const reply = writer.batch({ ...next, lease: null }, requests);
      finished = true;
      return reply;
    },
    commitStep(next, requests) {
      return writer.batch({ ...next, lease: handle.state.lease }, requests);
    },
    stepRequest(next) {
      return writer.request({ ...next, lease: handle.state.lease });
    },
  };
  try {
    return body(op);
  } finally {
    // Cut off (or read-only): free the lease, keep everything else as last saved
    // (a journal stays for the retry).
    if (!finished && (handle.stored.entry || handle.stored.added || pendingJournal))
      writer.last({
        ...handle.state,
        lease: null,
        journal: pendingJournal ?? handle.state.journal,
      });
  }
}
