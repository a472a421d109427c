/**
 * batchUpdate requests on document objects: named ranges, protected ranges,
 * spreadsheet-level developer metadata. Each plan validates against the
 * shadow and returns the closure that applies it.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request
 */
import type { ApiNamedRange, ApiRequest } from '../../../src/gas/sheets-api';
import { METADATA_CHARS_PER_LOCATION, metaChars } from '../dev-metadata';
import type { ProtectionSpec } from '../model';
import type { GasContext } from './context';
import { METADATA_MESSAGES } from './developer-metadata';
import { INVALID_NAME_MESSAGE, isValidRangeName } from './names';
import { NO_DOMAIN_MESSAGE, newProtectionAccess } from './protection';
import { bad } from './sheets-api-cells';
import { parseMask } from './sheets-api-fields';
import { gridRangeJson, namedRangeJson } from './sheets-api-get';
import { findNamedById, liveSheet, newNamedRangeId, type Shadow } from './sheets-api-shadow';

export type Reply = Record<string, unknown>;
export type Apply = () => Reply;

/** The top-level fields a `fields` mask names, each checked against `allowed`. */
export function maskFields(fields: unknown, allowed: string[]): Set<string> {
  if (typeof fields !== 'string' || fields.trim() === '')
    bad('At least one field must be specified.');
  let names: string[];
  try {
    names = [...parseMask(fields).keys()];
  } catch {
    return bad(`Invalid field mask: ${fields}`);
  }
  if (names.includes('*')) return new Set(allowed);
  for (const n of names)
    if (!allowed.includes(n))
      bad(
        `The emulator does not support the field "${n}" here (it supports ${allowed.join(', ')}).`,
      );
  return new Set(names);
}

function checkName(sh: Shadow, name: unknown, exceptId?: string): string {
  if (!isValidRangeName(name)) bad(INVALID_NAME_MESSAGE);
  const holder = sh.names.get(name.toLowerCase());
  if (holder !== undefined && holder !== exceptId)
    bad(`A named range with the name "${name}" already exists.`);
  return name;
}

export function planAddNamedRange(
  ctx: GasContext,
  sh: Shadow,
  req: NonNullable<ApiRequest['addNamedRange']>,
): Apply {
  const nr: ApiNamedRange = req?.namedRange ?? bad('namedRange is required.');
  const name = checkName(sh, nr.name);
  const { sheet, rect } = sh.rect(nr.range ?? bad('namedRange.range is required.'));
  let id = nr.namedRangeId;
  if (id !== undefined) {
    if (typeof id !== 'string' || id === '') bad(`Invalid namedRangeId: ${id}`);
    if (sh.ids.has(id)) bad(`A named range with the id "${id}" already exists.`);
  } else id = newNamedRangeId(ctx.doc);
  sh.addName(name, id);
  const apiId = id;
  return () => {
    ctx.doc.setNamed(name, liveSheet(ctx.doc, sheet.id), rect, apiId);
    const spec = ctx.doc.namedRange(name);
    return spec ? { addNamedRange: { namedRange: namedRangeJson(ctx.doc, spec) } } : {};
  };
}

function knownId(sh: Shadow, id: unknown): string {
  if (typeof id !== 'string' || !sh.ids.has(id)) bad(`No named range with id ${id}.`);
  return id;
}

export function planUpdateNamedRange(
  ctx: GasContext,
  sh: Shadow,
  req: NonNullable<ApiRequest['updateNamedRange']>,
): Apply {
  const nr = req?.namedRange ?? bad('namedRange is required.');
  const id = knownId(sh, nr.namedRangeId);
  const fields = maskFields(req.fields, ['name', 'range']);
  const name = fields.has('name') ? checkName(sh, nr.name, id) : undefined;
  const target = fields.has('range')
    ? sh.rect(nr.range ?? bad('namedRange.range is required.'))
    : undefined;
  if (name !== undefined) {
    sh.removeName(id);
    sh.addName(name, id);
  }
  return () => {
    const doc = ctx.doc;
    let spec = findNamedById(doc, id);
    if (!spec) return {};
    // The same path as NamedRange.setName: formulas that use the old name follow it.
    if (name !== undefined && name !== spec.name) doc.renameNamed(spec.name, name);
    spec = findNamedById(doc, id);
    if (spec && target) doc.setNamed(spec.name, liveSheet(doc, target.sheet.id), target.rect, id);
    return {};
  };
}

export function planDeleteNamedRange(
  ctx: GasContext,
  sh: Shadow,
  req: NonNullable<ApiRequest['deleteNamedRange']>,
): Apply {
  const id = knownId(sh, req?.namedRangeId);
  sh.removeName(id);
  return () => {
    const spec = findNamedById(ctx.doc, id);
    if (spec) ctx.doc.removeNamed(spec.name);
    return {};
  };
}

type ProtectedRangeReq = NonNullable<ApiRequest['addProtectedRange']>['protectedRange'];

/** Editors as SpreadsheetApp would hold them: the listed users plus the owner, whom Google always keeps. */
function protectionAccess(
  ctx: GasContext,
  pr: ProtectedRangeReq,
): { editors: string[]; domainEdit: boolean } {
  const e = pr.editors;
  if (e === undefined) return newProtectionAccess(ctx);
  if (
    e.users !== undefined &&
    (!Array.isArray(e.users) || e.users.some((u) => typeof u !== 'string'))
  )
    bad('Invalid editors.users.');
  if (e.domainUsersCanEdit && ctx.domain === null) bad(NO_DOMAIN_MESSAGE);
  return {
    editors: [...new Set([ctx.ownerEmail, ...(e.users ?? [])])],
    domainEdit: Boolean(e.domainUsersCanEdit),
  };
}

export function planAddProtectedRange(
  ctx: GasContext,
  sh: Shadow,
  req: NonNullable<ApiRequest['addProtectedRange']>,
): Apply {
  const pr = req?.protectedRange ?? bad('protectedRange is required.');
  const range = pr.range ?? bad('protectedRange.range is required.');
  const { sheet, rect } = sh.rect(range);
  // Only sheetId set: the whole tab (ProtectionType.SHEET for SpreadsheetApp).
  const whole = Object.keys(range).every((k) => k === 'sheetId');
  if (whole && sheet.hasSheetProtection) bad(`Sheet ${sheet.title} is already protected.`);
  // "Editors are not supported with warningOnly protection." (ProtectedRange.editors in the reference; its wording).
  if (pr.warningOnly && pr.editors !== undefined)
    bad('Editors are not supported with warning_only protection.');
  if (pr.description !== undefined && typeof pr.description !== 'string')
    bad('Invalid description.');
  const access = protectionAccess(ctx, pr);
  if (whole) sheet.hasSheetProtection = true;
  return () => {
    const data = liveSheet(ctx.doc, sheet.id);
    const spec: ProtectionSpec = {
      id: ctx.doc.newObjectId(),
      type: whole ? 'SHEET' : 'RANGE',
      rect: whole ? { row: 1, col: 1, rows: data.maxRows, cols: data.maxCols } : rect,
      description: pr.description ?? '',
      warningOnly: Boolean(pr.warningOnly),
      ...access,
      unprotected: [],
    };
    data.protections.push(spec);
    const json: Record<string, unknown> = {
      protectedRangeId: spec.id,
      range: whole ? (data.id === 0 ? {} : { sheetId: data.id }) : gridRangeJson(data, rect),
    };
    if (spec.description) json.description = spec.description;
    if (spec.warningOnly) json.warningOnly = true;
    return { addProtectedRange: { protectedRange: json } };
  };
}

export function planUpdateDeveloperMetadata(
  _ctx: GasContext,
  sh: Shadow,
  req: NonNullable<ApiRequest['updateDeveloperMetadata']>,
): Apply {
  const filters = req?.dataFilters;
  if (!Array.isArray(filters) || filters.length === 0)
    bad('At least one data filter must be specified.');
  maskFields(req.fields, ['metadataValue']);
  const value = req.developerMetadata?.metadataValue;
  if (typeof value !== 'string') bad('developerMetadata.metadataValue is required.');
  const matches = new Set<import('../dev-metadata').MetaSpec>();
  for (const f of filters) {
    const l =
      f?.developerMetadataLookup ??
      bad('The emulator supports only developerMetadataLookup filters.');
    if (l.locationType !== 'SPREADSHEET')
      bad('The emulator supports only locationType SPREADSHEET lookups.');
    if (typeof l.metadataKey !== 'string')
      bad('The emulator supports only lookups by metadataKey.');
    for (const m of sh.meta.keys()) if (m.key === l.metadataKey) matches.add(m);
  }
  if (matches.size === 0) bad('No developer metadata matches the data filters.');
  for (const m of matches) sh.meta.set(m, value);
  let total = 0;
  for (const [m, v] of sh.meta) total += metaChars({ key: m.key, value: v });
  if (total > METADATA_CHARS_PER_LOCATION) bad(METADATA_MESSAGES.tooBig('the spreadsheet'));
  return () => {
    for (const m of matches) m.value = value;
    return {};
  };
}
