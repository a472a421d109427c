/**
 * What the add-on knows about one spreadsheet, kept IN the spreadsheet (one
 * developer-metadata entry, see src/gas/metadata.ts) so that the sidebar, the
 * menu and a time-driven trigger (which has no document properties) read the
 * same thing.
 *
 * Why a retry is always safe (issue 10):
 * - Ownership: a tab is ours when its sheet id is listed in `tabs` with its
 *   kind (live SLA, archive, log, history). Names can be changed by anyone;
 *   sheet ids cannot, and a copied tab gets a new id (so it is the user's).
 * - The settings of a live SLA (without the agreement text, whose home is the
 *   tab) are stored with its marker and written LAST, in the same write that
 *   ends the operation: until then the previous settings describe the tab.
 * - Before its first write, an operation records a journal (intent + what it
 *   read from the sheet). If it is cut off, the next operation finds the
 *   journal and uses the recorded reads instead of the half-written sheet, so
 *   the retry writes exactly what the first attempt meant to write.
 * - Appends (log, history) go to positions recorded here and committed with
 *   the operation: a retry overwrites its own rows instead of adding more;
 *   history months are keyed by SLA, version and month.
 * - A lease (who, what, until when) is set here under LockService's script
 *   lock, held only for the check-and-set: it works where the document lock
 *   does not exist (add-on triggers) and every operation honours it.
 * - Sizes are checked in UTF-8 bytes BEFORE anything is written.
 */
import type { RefreshReportItem, RefreshSummary } from '../api/actuals';
import { t } from '../api/messages';
import { type Settings, validateSettings } from '../api/settings';
import type { ActualsMapping } from '../core/actuals';
import { utf8Bytes } from '../core/bytes';
import { EMPTY_RECORD, type SignOffRecord } from '../core/signoff';
import { readEntry, type StoredEntry, writeEntry } from '../gas/metadata';
import type { GSpreadsheet } from '../gas/surface';
import type { PreviousJson } from '../sla/previous';

export const STATE_VERSION = 1;
/**
 * Sheets holds at most 30,000 characters of developer metadata per location
 * (the spreadsheet is one location): checked before anything is written.
 */
export const STATE_MAX_CHARS = 30_000;

export type StoredSettings = Omit<Settings, 'agreement'>;

export interface SlaTab {
  kind: 'sla';
  sheetId: number;
  /** Stable identity of the agreement across resets and renames. */
  id: string;
  settings: StoredSettings;
  /** Hashes of the agreement texts as last written: a different text in the sheet is the user's edit. */
  written: string[];
}
export interface OtherTab {
  /** 'signed': the protected snapshot of a version both sides signed. */
  kind: 'archive' | 'log' | 'history' | 'signed';
  sheetId: number;
  id?: string;
  version?: number;
}
export type Tab = SlaTab | OtherTab;

export interface RefreshRecord {
  /** The SLA's id. */
  id: string;
  sourceTab: string | null;
  mapping: ActualsMapping | null;
  last: RefreshSummary | null;
  /** The last scheduled run that failed, until a refresh succeeds. */
  failure: { at: string; message: string } | null;
  report: RefreshReportItem[];
  /** Report items left out to keep the store small ("and N more"). */
  reportMore: number;
  /** The source the last refresh used; `hubspot` makes menu and schedule count live. */
  source?: 'tab' | 'hubspot';
  /** The confirmed HubSpot mapping (property names), kept apart from the tab's. */
  hubspotMapping?: ActualsMapping | null;
}

/** The one schedule of an SLA: whose trigger runs it. */
export interface ScheduleRecord {
  id: string;
  kind: 'daily' | 'monthly';
  by: string;
}

/** Rows the add-on has written to an append-only tab (the next write goes after them). */
export interface AppendTab {
  sheetId: number;
  rows: number;
}

/** The sign-off versions of an SLA (by its id: they outlive a reset, like the SLA). */
export interface SignOffEntry {
  id: string;
  record: SignOffRecord;
}

export interface Journal {
  /** 'signoff': a snapshot tab being made (a retry writes over a half-made one). */
  op: 'build' | 'reset' | 'signoff';
  /** The tab being built or reset (by name until it exists). */
  sheetName: string;
  sheetId: number | null;
  /** What the tab held before the first write, as render's Previous (JSON form). */
  previous: PreviousJson | null;
  /** Reset: the archive's name and the tab copied to it. */
  archiveName?: string;
  archiveId?: number | null;
  next?: StoredSettings;
  /** A new tab's agreement texts (an existing tab's are read back from its rows). */
  agreement?: Record<string, string>;
  /** The identity the new tab takes over (a reset's next version keeps the SLA's). */
  slaId?: string;
  /** Reset: what TODAY() said when it started (`YYYY-MM`) and the review line then, for the frozen archive. */
  frozen?: { month: string; review: string };
}

export interface AddonState {
  app?: 'funnel-sla';
  v: number;
  tabs: Tab[];
  /** Sheet id of the current (live) agreement. */
  current: number | null;
  refresh: RefreshRecord[];
  schedules: ScheduleRecord[];
  signoff: SignOffEntry[];
  log: AppendTab | null;
  history: (AppendTab & { done: string[] }) | null;
  lease: { op: string; by: string; until: number } | null;
  journal: Journal | null;
}

export const emptyState = (): AddonState => ({
  v: STATE_VERSION,
  tabs: [],
  current: null,
  refresh: [],
  schedules: [],
  signoff: [],
  log: null,
  history: null,
  lease: null,
  journal: null,
});

export interface StateHandle {
  ss: GSpreadsheet;
  stored: StoredEntry;
  state: AddonState;
}

/** `lang`: the reader's language for the errors (a record damaged or from a newer version). */
export function loadState(ss: GSpreadsheet, lang?: string): StateHandle {
  const stored = readEntry(ss);
  let state = emptyState();
  if (stored.text) {
    try {
      state = { ...emptyState(), ...(JSON.parse(stored.text) as AddonState) };
    } catch {
      throw new Error(t('state.err.corrupt', undefined, lang));
    }
    if (state.v > STATE_VERSION) throw new Error(t('state.err.newer', undefined, lang));
  }
  return { ss, stored, state };
}

/** Refuses (before writing) a state that would not fit; otherwise writes it in one call. */
export function checkSize(state: AddonState, lang?: string): string {
  // `app` first: src/gas/metadata.ts recognises the entry by this prefix.
  const text = JSON.stringify({ app: 'funnel-sla', ...state });
  if (text.length > STATE_MAX_CHARS)
    throw new Error(t('state.err.tooBig', { kb: Math.ceil(utf8Bytes(text) / 1024) }, lang));
  return text;
}

export function saveState(h: StateHandle, state: AddonState, lang?: string): void {
  const text = checkSize(state, lang);
  if (text === h.stored.text) return;
  h.stored = writeEntry(h.ss, h.stored, text);
  h.state = state;
}

// ── Lookups ──────────────────────────────────────────────────────────────────

export const tabById = (s: AddonState, sheetId: number | null): Tab | undefined =>
  sheetId === null ? undefined : s.tabs.find((x) => x.sheetId === sheetId);

export function slaTab(s: AddonState, sheetId: number | null): SlaTab | undefined {
  const tab = tabById(s, sheetId);
  return tab?.kind === 'sla' ? tab : undefined;
}

export const withTab = (s: AddonState, tab: Tab): Tab[] => [
  ...s.tabs.filter((x) => x.sheetId !== tab.sheetId),
  tab,
];

export function refreshRecord(s: AddonState, id: string): RefreshRecord {
  return (
    s.refresh.find((r) => r.id === id) ?? {
      id,
      sourceTab: null,
      mapping: null,
      last: null,
      failure: null,
      report: [],
      reportMore: 0,
    }
  );
}

export const signoffRecord = (s: AddonState, id: string): SignOffRecord =>
  s.signoff.find((x) => x.id === id)?.record ?? EMPTY_RECORD;

export const withSignoff = (s: AddonState, id: string, record: SignOffRecord): SignOffEntry[] => [
  ...s.signoff.filter((x) => x.id !== id),
  { id, record },
];

export const withRefresh = (s: AddonState, r: RefreshRecord): RefreshRecord[] => [
  ...s.refresh.filter((x) => x.id !== r.id),
  r,
];

/**
 * The settings of a live SLA tab with the agreement texts the sheet holds.
 * Settings that no longer validate are reported, never silently ignored.
 */
export function settingsOf(
  tab: SlaTab,
  agreement: Record<string, string> | null,
  lang?: string,
): Settings {
  const v = validateSettings({ ...tab.settings, ...(agreement ? { agreement } : {}) }, lang);
  if (v.ok) return v.settings;
  throw new Error(
    t('state.err.settings', { errors: v.errors.map((e) => e.message).join(' ') }, lang),
  );
}

/** Settings as stored: without the agreement text, which lives in the tab. */
export function storedSettings(settings: Settings): StoredSettings {
  const { agreement: _agreement, ...rest } = settings;
  return rest;
}

/** A short, stable fingerprint of a text (FNV-1a), to tell the user's edits from ours. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(36)}.${text.length}`;
}
