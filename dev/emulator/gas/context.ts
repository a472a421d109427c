/**
 * State shared by every emulated Apps Script object of one spreadsheet: the
 * document, the vm realm values are created in, the current execution's auth
 * mode, UI records, call counters and injected faults.
 */

import type { Rect } from '../a1';
import type { AuthModeName, CallStats, UiState } from '../contract';
import type { Doc } from '../document';
import { type LocaleInfo, localeInfo } from '../locale';
import type { ProtectionSpec, SheetData } from '../model';
import { gasError, HOST_REALM, type Realm } from '../services/realm';

/** The vm context's constructors: values handed to the add-on must come from its realm. */
export interface SheetRealm extends Realm {
  Array: ArrayConstructor;
}

export const HOST_SHEET_REALM: SheetRealm = { ...HOST_REALM, Array };

/** Thrown by emulated methods; the boundary re-throws it as the realm's `Exception`. */
export class GasError extends Error {
  override name = 'Exception';
}

/** Google's message for a write into a range the user may not edit. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** What a write touches: cells of a tab, or the tab itself (rect undefined). */
export interface WriteTarget {
  sheet: SheetData;
  rect?: Rect;
}

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row <= b.row + b.rows - 1 &&
    b.row <= a.row + a.rows - 1 &&
    a.col <= b.col + b.cols - 1 &&
    b.col <= a.col + a.cols - 1
  );
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.row <= inner.row &&
    outer.col <= inner.col &&
    outer.row + outer.rows >= inner.row + inner.rows &&
    outer.col + outer.cols >= inner.col + inner.cols
  );
}

export function fail(message: string): never {
  throw new GasError(message);
}

export class GasContext {
  realm: SheetRealm = HOST_SHEET_REALM;
  /** The running execution's auth mode; custom functions switch it while HF evaluates. */
  authMode: AuthModeName = 'FULL';
  /** False where Google says "Cannot call SpreadsheetApp.getUi() from this context." */
  uiAvailable = true;
  readonly ui: UiState = { menus: [], toasts: [], alerts: [] };
  /** Counters since the last stats() reset. */
  stats: CallStats = { calls: 0, flushes: 0, ms: 0, byMethod: {} };
  /** A write happened since the last flush in this operation. */
  dirty = false;
  /** Pending injected failures: method name (bare or `Kind.method`) → messages. */
  readonly faults = new Map<string, string[]>();
  /** The active range (Range.activate / setActiveSheet); harness-visible only. */
  activeRange: { sheet: SheetData; rect: Rect } | null = null;
  userEmail = 'user@example.com';
  /**
   * False while an editor add-on's time-driven trigger runs: there is no
   * containing document, so getActiveSpreadsheet() and friends are null.
   */
  documentContext = true;
  /** Everyone the document is shared with (editors): the owner and every user setUser named. */
  readonly editors = new Set<string>();
  /** The spreadsheet's owner (EmulatorOptions.userEmail): can always edit protected ranges. */
  ownerEmail = 'user@example.com';
  /**
   * The Google Workspace domain the document belongs to (e.g. `x.com`), or
   * null for a consumer (gmail.com) document. Users whose address is in it
   * may edit protections whose domain edit is on.
   */
  domain: string | null = null;
  /** Manifest oauthScopes (undefined = not checked). */
  oauthScopes: readonly string[] | undefined = undefined;
  /** The last modal/modeless dialog shown (UiState has no slot for it). */
  dialog: { title: string; html: string } | null = null;
  /** Every service call the add-on made (see service-calls.ts for what counts). */
  serviceCalls = 0;
  /** Service calls of the running operation, and of the last finished one. */
  operationCalls = 0;
  lastOperationCalls = 0;
  /** failAt: the service call number (of `serviceCalls`) that throws, and its message. */
  private armedFault: { at: number; message?: string } | null = null;

  /** Arms a fault at the n-th service call from now on; n <= 0 disarms. */
  failAt(n: number, message?: string): void {
    this.armedFault = n > 0 ? { at: this.serviceCalls + Math.floor(n), message } : null;
  }

  /** True while a failAt fault has not fired yet. */
  get faultArmed(): boolean {
    return this.armedFault !== null;
  }

  /**
   * Counts one service call and returns the fault message when this call is
   * the one failAt armed (`fallback` is the service's own transient error).
   */
  countServiceCall(fallback: () => string): string | undefined {
    this.serviceCalls += 1;
    this.operationCalls += 1;
    const armed = this.armedFault;
    if (armed && armed.at === this.serviceCalls) {
      this.armedFault = null;
      return armed.message ?? fallback();
    }
    return undefined;
  }

  constructor(public doc: Doc) {}

  inDomain(email: string): boolean {
    return this.domain !== null && email.toLowerCase().endsWith(`@${this.domain.toLowerCase()}`);
  }

  /**
   * Whether the acting user may edit what a protection covers: the owner
   * always, listed editors, and — while domain edit is on — the domain
   * (https://developers.google.com/apps-script/reference/spreadsheet/protection).
   */
  canEditProtection(p: ProtectionSpec): boolean {
    const me = this.userEmail;
    return me === this.ownerEmail || p.editors.includes(me) || (p.domainEdit && this.inDomain(me));
  }

  /** Refuses a write the acting user may not make (warning-only protections allow it). */
  guardWrite(targets: readonly WriteTarget[]): void {
    for (const { sheet, rect } of targets) {
      for (const p of sheet.protections) {
        if (p.warningOnly || this.canEditProtection(p)) continue;
        if (!rect) {
          if (p.type === 'SHEET') fail(PROTECTED_MESSAGE);
          continue;
        }
        if (!intersects(p.rect, rect)) continue;
        if (p.unprotected.some((u) => contains(u, rect))) continue;
        fail(PROTECTED_MESSAGE);
      }
    }
  }

  get locale(): LocaleInfo {
    return localeInfo(this.doc.locale);
  }

  /** Errors the add-on sees are the realm's Error named `Exception`, like Google's. */
  error(message: string): Error {
    return gasError(this.realm, message);
  }

  resetStats(): CallStats {
    const out = this.stats;
    this.stats = { calls: 0, flushes: 0, ms: 0, byMethod: {} };
    return out;
  }

  /** Starts one operation (run/trigger): flush accounting is per operation. */
  beginOperation(): void {
    this.dirty = false;
    this.operationCalls = 0;
  }

  /** Ends one operation: its service-call count becomes `lastOperationCalls`. */
  endOperation(): void {
    this.lastOperationCalls = this.operationCalls;
  }

  takeFault(kind: string, method: string): string | undefined {
    for (const key of [`${kind}.${method}`, method]) {
      const q = this.faults.get(key);
      if (q?.length) {
        const msg = q.shift();
        if (!q.length) this.faults.delete(key);
        return msg;
      }
    }
    return undefined;
  }
}
