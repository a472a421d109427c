/**
 * The SLA settings payload: ONE schema, used by the sidebar (inline errors while
 * typing) and again by the server (never trust the client). zod/mini keeps the
 * server bundle small (full zod adds ~440 KB to Code.js: cold start for every
 * custom-function call).
 */
import * as z from 'zod/mini';
import { LANGUAGES, type Lang, type MessageKey, t } from './messages';

export const SETTINGS_VERSION = 1;
export const MAX_STAGES = 10;
export const MAX_MONTHS = 36;

export const DEFAULT_STAGES = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];
/** Defaults from domain.md: visit→lead 2 %, lead→MQL 30 %, MQL→SQL 40 %, SQL→opp 50 %, opp→won 25 %. */
export const DEFAULT_RATES = [0.02, 0.3, 0.4, 0.5, 0.25];

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const finite = () => z.number().check(z.refine(Number.isFinite, { params: { key: 'number' } }));
const text = (max: number) => z.string().check(z.maxLength(max));

export const ShapeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('even') }),
  z.object({ kind: z.literal('growth'), rate: finite().check(z.gte(-0.5), z.lte(1)) }),
  z.object({
    kind: z.literal('weights'),
    weights: z.array(finite().check(z.gte(0))).check(z.minLength(1), z.maxLength(MAX_MONTHS)),
  }),
]);
export type Shape = z.infer<typeof ShapeSchema>;

/**
 * The agreement's text: definitions, commitments, shortfall plan, sign-off.
 * Its home is the SLA tab (never a property store), so any text a cell can
 * hold (50,000 characters in Sheets) is valid: what was typed in the sheet
 * always passes its own validation.
 */
export const MAX_CELL_TEXT = 50000;
export const AgreementSchema = z.object({
  leadDefinition: text(MAX_CELL_TEXT),
  mqlDefinition: text(MAX_CELL_TEXT),
  sqlDefinition: text(MAX_CELL_TEXT),
  handoverRules: text(MAX_CELL_TEXT),
  marketingCommitments: text(MAX_CELL_TEXT),
  salesCommitments: text(MAX_CELL_TEXT),
  notReadyLeads: text(MAX_CELL_TEXT),
  shortfallPlan: text(MAX_CELL_TEXT),
  reporting: text(MAX_CELL_TEXT),
  marketingOwner: text(MAX_CELL_TEXT),
  salesOwner: text(MAX_CELL_TEXT),
});
export type Agreement = z.infer<typeof AgreementSchema>;
export type AgreementKey = keyof Agreement;
export const AGREEMENT_KEYS = Object.keys(AgreementSchema.def.shape) as AgreementKey[];

export function defaultAgreement(lang?: string): Agreement {
  const out = {} as Agreement;
  for (const k of AGREEMENT_KEYS)
    out[k] = t(`agreement.default.${k}` as MessageKey, undefined, lang);
  return out;
}

const STAGE_KEYS = ['visits', 'leads', 'mqls', 'sqls', 'opportunities', 'customers'] as const;

/** The default funnel's stage names in a language (English: DEFAULT_STAGES). */
export function defaultStages(lang?: string): string[] {
  return STAGE_KEYS.map((k) => t(`stage.${k}`, undefined, lang));
}

export const SettingsSchema = z
  .object({
    version: z._default(z.literal(SETTINGS_VERSION), SETTINGS_VERSION),
    /** Tab name; default from the period ("SLA 2026"). A reset keeps it for the next version. */
    sheetName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(90))),
    /** 1 for the first agreement of a period, +1 at every mid-period reset. */
    agreementVersion: z._default(z.int().check(z.gte(1), z.lte(99)), 1),
    /** Language of the SLA tab (and its log and history); absent: kept from the tab, else the spreadsheet locale's. */
    language: z.optional(z.enum(LANGUAGES)),
    periodStart: z.string().check(z.regex(MONTH_RE)),
    months: z._default(z.int().check(z.gte(1), z.lte(MAX_MONTHS)), 12),
    /** ISO day; default halfway through the period. */
    reviewDate: z.optional(z.string().check(z.regex(DAY_RE))),
    revenueGoal: finite().check(z.gt(0), z.lte(1e13)),
    currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/)), 'EUR'),
    dealSize: finite().check(z.gt(0), z.lte(1e12)),
    stages: z
      .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40)))
      .check(z.minLength(2), z.maxLength(MAX_STAGES)),
    rates: z.array(finite().check(z.gt(0), z.lte(1))),
    lagDays: z.optional(z.array(finite().check(z.gte(0), z.lte(730)))),
    shape: z._default(ShapeSchema, { kind: 'even' }),
    /** Attainment below 1 − tolerance is "Behind"; between, "At risk". */
    tolerance: z._default(finite().check(z.gte(0), z.lte(0.5)), 0.1),
    followUpHours: z._default(finite().check(z.gt(0), z.lte(720)), 24),
    minTouches: z._default(z.int().check(z.gte(1), z.lte(50)), 5),
    feedbackDays: z._default(z.int().check(z.gte(1), z.lte(60)), 5),
    agreement: z.optional(z.partial(AgreementSchema)),
  })
  .check(
    z.superRefine((s, ctx) => {
      ctx.issues.push(...crossFieldIssues(s));
    }),
  );

interface CrossFieldInput {
  stages?: unknown;
  rates?: unknown;
  lagDays?: unknown;
  months?: unknown;
  shape?: unknown;
}

/**
 * Checks between fields. Run by the schema and, when single fields already
 * failed (zod then skips object checks), directly on the raw input so the form
 * shows every problem at once.
 */
function crossFieldIssues(s: CrossFieldInput): CustomIssue[] {
  const out: CustomIssue[] = [];
  const stages = Array.isArray(s.stages) ? s.stages : null;
  if (!stages) return out;
  const expected = stages.length - 1;
  if (Array.isArray(s.rates) && s.rates.length !== expected)
    out.push(custom(['rates'], 'settings.err.ratesLength', { expected }, s.rates));
  if (Array.isArray(s.lagDays) && s.lagDays.length !== expected)
    out.push(custom(['lagDays'], 'settings.err.lagLength', { expected }, s.lagDays));
  const seen = new Set<string>();
  stages.forEach((name, i) => {
    if (typeof name !== 'string') return;
    const key = name.trim().toLowerCase();
    if (key && seen.has(key))
      out.push(custom(['stages', i], 'settings.err.stageDuplicate', { name }, name));
    seen.add(key);
  });
  const shape = s.shape as { kind?: unknown; weights?: unknown } | undefined;
  const months = typeof s.months === 'number' ? s.months : 12;
  if (shape?.kind === 'weights' && Array.isArray(shape.weights)) {
    if (shape.weights.length !== months)
      out.push(custom(['shape', 'weights'], 'settings.err.weightsLength', { expected: months }, s));
    else if (!shape.weights.some((w) => typeof w === 'number' && w > 0))
      out.push(custom(['shape', 'weights'], 'settings.err.weightsZero', {}, s));
  }
  return out;
}

/** Settings as the user (or a script) sends them. */
export type SettingsInput = z.input<typeof SettingsSchema>;

/** Settings after validation, with every default filled in. */
export interface Settings
  extends Omit<z.output<typeof SettingsSchema>, 'lagDays' | 'reviewDate' | 'agreement'> {
  lagDays: number[];
  reviewDate: string;
  agreement: Agreement;
}

export interface FieldError {
  /** Dotted path of the bad field, e.g. `rates.2`, `shape.weights`. */
  field: string;
  message: string;
}

export type Validation = { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };

type CustomIssue = {
  code: 'custom';
  path: (string | number)[];
  message: string;
  input: unknown;
  params: { key: MessageKey; values: Record<string, string | number> };
};

function custom(
  path: (string | number)[],
  key: MessageKey,
  values: Record<string, string | number>,
  input: unknown,
): CustomIssue {
  return { code: 'custom', path, message: key, input, params: { key, values } };
}

/** Halfway through the period, on the first of a month: when the agreement should be reset. */
export function defaultReviewDate(periodStart: string, months: number): string {
  const [y, m] = periodStart.split('-').map(Number);
  const idx = y * 12 + (m - 1) + Math.max(1, Math.round(months / 2));
  const mm = String((idx % 12) + 1).padStart(2, '0');
  return `${Math.floor(idx / 12)}-${mm}-01`;
}

function fieldLabel(path: readonly PropertyKey[], lang: string): string {
  const head = String(path[0] ?? '');
  const label = t(`settings.field.${head}` as MessageKey, undefined, lang);
  const base = label.startsWith('settings.field.') ? head : label;
  const rest = path.slice(1).map((p) => (typeof p === 'number' ? `#${p + 1}` : String(p)));
  return [base, ...rest].join(' ');
}

interface LooseIssue {
  code: string;
  path: readonly PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  params?: { key?: MessageKey; values?: Record<string, string | number> };
  format?: string;
  expected?: string;
  values?: unknown[];
  missing?: boolean;
}

/** Whether `input` has a value at `path` (to tell "missing" from "wrong type"). */
function has(input: unknown, path: readonly PropertyKey[]): boolean {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur !== undefined;
}

function describe(issue: LooseIssue, lang: string): string {
  const field = fieldLabel(issue.path, lang);
  const p = (key: MessageKey, extra: Record<string, string | number> = {}) =>
    t(key, { field, ...extra }, lang);
  switch (issue.code) {
    case 'custom':
      if (issue.params?.key === undefined) return p('settings.err.invalid');
      if (issue.params.key === ('number' as MessageKey)) return p('settings.err.number');
      return p(issue.params.key, issue.params.values);
    case 'too_small':
      return p(issue.inclusive ? 'settings.err.min' : 'settings.err.gt', {
        min: String(issue.minimum),
      });
    case 'too_big':
      if (issue.path[0] === 'rates') return p('settings.err.rateMax');
      return p(issue.inclusive ? 'settings.err.max' : 'settings.err.lt', {
        max: String(issue.maximum),
      });
    case 'invalid_format':
      return p(`settings.err.format.${issue.path[0] === 'reviewDate' ? 'day' : 'month'}`);
    case 'invalid_type':
      if (issue.missing) return p('settings.err.required');
      return issue.expected === 'number' || issue.expected === 'int'
        ? p('settings.err.number')
        : p('settings.err.type');
    case 'invalid_union':
    case 'invalid_value':
      return p('settings.err.choice');
    default:
      return p('settings.err.invalid');
  }
}

/** Validates anything (a form, a script's JSON) into complete settings or per-field messages. */
export function validateSettings(input: unknown, lang = 'en'): Validation {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) {
    const issues: LooseIssue[] = parsed.error.issues.map((i) => ({
      ...i,
      missing: !has(input, i.path),
    }));
    const fields = new Set(issues.map((i) => i.path.map(String).join('.')));
    if (input && typeof input === 'object')
      for (const extra of crossFieldIssues(input as CrossFieldInput))
        if (!fields.has(extra.path.join('.'))) issues.push(extra);
    const errors = issues.map((issue) => ({
      field: issue.path.map(String).join('.'),
      message: describe(issue, lang),
    }));
    return { ok: false, errors };
  }
  const s = parsed.data;
  const settings: Settings = {
    ...s,
    stages: s.stages.map((x) => x.trim()),
    lagDays: s.lagDays ?? s.rates.map(() => 0),
    reviewDate: s.reviewDate ?? defaultReviewDate(s.periodStart, s.months),
    agreement: { ...defaultAgreement(), ...stripUndefined(s.agreement ?? {}) },
  };
  return { ok: true, settings };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k as keyof T] = v;
  return out;
}

/** A complete default agreement for a period starting at `periodStart`, written in `lang` when given. */
export function defaultSettings(periodStart: string, lang?: Lang): Settings {
  const v = validateSettings({
    periodStart,
    revenueGoal: 1_200_000,
    dealSize: 24_000,
    stages: lang ? defaultStages(lang) : DEFAULT_STAGES,
    rates: DEFAULT_RATES,
    ...(lang ? { language: lang, agreement: defaultAgreement(lang) } : {}),
  });
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.settings;
}
