/**
 * The advanced Sheets service (`Sheets.Spreadsheets.get` / `batchUpdate`,
 * Sheets API v4) as the add-on sees it, with the same per-call line as
 * boundary.ts: scopes and auth mode, counting (one spreadsheet call and one
 * service call each), injected faults, errors in the realm.
 *
 * Errors read as Apps Script prints advanced-service failures:
 * `API call to sheets.spreadsheets.batchUpdate failed with error: <Google's message>`,
 * thrown as a GoogleJsonResponseException.
 */
import type { GSheetsApi } from '../../../src/gas/sheets-api';
import { SCOPES } from '../services/auth';
import type { GasContext } from './context';
import { BatchError, batchUpdate } from './sheets-api-batch';
import { getSpreadsheet } from './sheets-api-get';

/** Scopes the Sheets API accepts (spreadsheets.currentonly is not one of them):
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate#authorization-scopes */
export const SHEETS_API_SCOPES = [
  SCOPES.spreadsheets,
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.file',
];
const GET_SCOPES = [
  ...SHEETS_API_SCOPES,
  'https://www.googleapis.com/auth/spreadsheets.readonly',
  'https://www.googleapis.com/auth/drive.readonly',
];

/** Google's standard texts (google.rpc codes as the API words them). */
export const SHEETS_API_MESSAGES = {
  scopes: 'Request had insufficient authentication scopes.',
  notFound: 'Requested entity was not found.',
  transient: 'Internal error encountered.',
  /** Emulator rule, stricter than Google (see DIFFERENCES.md). */
  pending: (method: string) =>
    `Emulator: ${method} was called while SpreadsheetApp writes are pending; the advanced service does not see them. Call SpreadsheetApp.flush() first.`,
} as const;

type Method = 'get' | 'batchUpdate';

export interface SheetsApiHost {
  ctx: GasContext;
  /** Copies a host JSON value into the add-on's realm. */
  toRealm(value: unknown): unknown;
}

function apiError(host: SheetsApiHost, method: Method, message: string): Error {
  const err = host.ctx.error(
    `API call to sheets.spreadsheets.${method} failed with error: ${message}`,
  );
  err.name = 'GoogleJsonResponseException';
  return err;
}

/** Everything before the call reaches the "server": auth, pending writes, counting, faults. */
function enter(host: SheetsApiHost, method: Method): void {
  const ctx = host.ctx;
  const full = `Sheets.Spreadsheets.${method}`;
  // No advanced service where authorization is impossible: custom functions, AuthMode.NONE / LIMITED
  // (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
  if (ctx.authMode !== 'FULL') throw ctx.error(`You do not have permission to call ${full}`);
  const declared = ctx.oauthScopes;
  const accepted = method === 'get' ? GET_SCOPES : SHEETS_API_SCOPES;
  if (declared && !accepted.some((s) => declared.includes(s))) {
    throw apiError(host, method, SHEETS_API_MESSAGES.scopes);
  }
  if (ctx.dirty) throw ctx.error(SHEETS_API_MESSAGES.pending(full));
  ctx.stats.calls++;
  ctx.stats.byMethod[full] = (ctx.stats.byMethod[full] ?? 0) + 1;
  const armed = ctx.countServiceCall(() => SHEETS_API_MESSAGES.transient);
  if (armed !== undefined) throw apiError(host, method, armed);
  const fault = ctx.takeFault('Sheets.Spreadsheets', method);
  if (fault !== undefined) throw apiError(host, method, fault);
}

/** JSON in, JSON out: the add-on's objects are copied, so nothing it keeps aliases the model. */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

export function createSheetsApi(host: SheetsApiHost): GSheetsApi {
  const ctx = host.ctx;
  const checkId = (method: Method, id: unknown) => {
    if (id !== ctx.doc.id) throw apiError(host, method, SHEETS_API_MESSAGES.notFound);
  };
  const Spreadsheets = {
    get(spreadsheetId: string, optionalArgs?: { fields?: string }) {
      enter(host, 'get');
      checkId('get', spreadsheetId);
      let out: unknown;
      try {
        out = getSpreadsheet(ctx.doc, (plain(optionalArgs ?? {}) as { fields?: unknown }).fields);
      } catch (e) {
        throw apiError(host, 'get', (e as Error).message);
      }
      return host.toRealm(out);
    },
    batchUpdate(resource: { requests: unknown[] }, spreadsheetId: string) {
      enter(host, 'batchUpdate');
      checkId('batchUpdate', spreadsheetId);
      const body = plain(resource) as { requests?: unknown } | undefined;
      try {
        return host.toRealm(batchUpdate(ctx, body?.requests));
      } catch (e) {
        if (e instanceof BatchError) throw apiError(host, 'batchUpdate', e.message);
        throw e;
      }
    },
  };
  return { Spreadsheets } as unknown as GSheetsApi;
}

/** The userSymbol under which appsscript.json enables the Sheets v4 advanced service, if it does. */
export function sheetsUserSymbol(manifest: {
  dependencies?: {
    enabledAdvancedServices?: { userSymbol?: string; serviceId?: string; version?: string }[];
  };
}): string | undefined {
  const svc = manifest.dependencies?.enabledAdvancedServices?.find(
    (s) => s.serviceId === 'sheets' && s.version === 'v4',
  );
  return svc?.userSymbol;
}
