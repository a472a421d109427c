/**
 * UrlFetchApp with real, synchronous HTTP (see sync-http.ts), Google's request
 * options and error texts, and the daily quota (20,000 calls for consumer
 * accounts; each request of a fetchAll counts).
 *
 * Known difference: Google's servers cannot reach localhost (they fail with
 * `DNS error: http://localhost…`); the emulator can, because tests need a
 * local server. Pass `allowLoopback: false` to get Google's behaviour.
 */
import type {
  GBlob,
  GFetchOptions,
  GFetchRequest,
  GHTTPResponse,
  GUrlFetchApp,
} from '../../../src/gas/surface';
import { type AuthContext, requireAuth, SCOPES } from './auth';
import { BlobImpl } from './blob';
import { toBuffer, toSigned } from './bytes';
import type { Clock } from './clock';
import { gasError, type Realm } from './realm';
import { type HttpReply, type HttpRequest, type HttpResult, SyncHttp } from './sync-http';

export const URLFETCH_DAILY_QUOTA = 20_000;
/** Apps Script gives up on a request after about a minute. */
const TIMEOUT_MS = 60_000;
const USER_AGENT =
  'Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: emulator)';

/** Google's full option set; the surface allows the add-on a subset of it. */
type Params = GFetchOptions & { payload?: unknown };
type FetchRequest = GFetchRequest & { payload?: unknown };

export interface UrlFetchOptions {
  quota?: number;
  allowLoopback?: boolean;
  /**
   * Origin → base URL: requests for `https://api.hubapi.com/...` go to
   * `http://127.0.0.1:PORT/...` (a local mock). The add-on, the log and the
   * quota still see the original URL; only the socket goes elsewhere.
   */
  routes?: Record<string, string>;
}

/** The URL a request is really sent to, after `routes`. */
export function routedUrl(url: string, routes: Record<string, string> | undefined): string {
  if (!routes) return url;
  const origin = new URL(url).origin;
  const base = routes[origin];
  return base === undefined ? url : base.replace(/\/$/, '') + url.slice(origin.length);
}

export interface FetchRecord {
  url: string;
  method: string;
  code: number | null;
  time: number;
}

/** Counts calls per emulated day and keeps a log of what was fetched. */
export class UrlFetchState {
  readonly log: FetchRecord[] = [];
  private day = '';
  private count = 0;

  constructor(
    private readonly clock: Clock,
    readonly quota: number,
  ) {}

  /** Calls made today (emulated clock, UTC day). */
  callsToday(): number {
    this.roll();
    return this.count;
  }

  private roll(): void {
    const day = new Date(this.clock.now()).toISOString().slice(0, 10);
    if (day !== this.day) {
      this.day = day;
      this.count = 0;
    }
  }

  record(url: string, method: string, code: number | null): void {
    this.log.push({ url, method, code, time: this.clock.now() });
  }

  /** Reserves n calls; false when that would pass the daily quota. */
  take(n: number): boolean {
    this.roll();
    if (this.count + n > this.quota) return false;
    this.count += n;
    return true;
  }
}

export class HttpResponseImpl implements GHTTPResponse {
  constructor(private readonly reply: HttpReply) {}

  getResponseCode(): number {
    return this.reply.code;
  }

  getContentText(charset?: string): string {
    return Buffer.from(this.reply.body).toString(charsetName(charset ?? this.charset()));
  }

  getContent(): number[] {
    return toSigned(this.reply.body);
  }

  /** One value per header; where a header repeats, the first value. */
  getHeaders(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of this.reply.headers) if (!(k in out)) out[k] = v;
    return out;
  }

  /** Repeated headers (e.g. Set-Cookie) come back as arrays. */
  getAllHeaders(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of this.reply.headers) {
      const prev = out[k];
      if (prev === undefined) out[k] = v;
      else out[k] = Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    return out;
  }

  getBlob(): BlobImpl {
    const name = new URL(this.reply.finalUrl).pathname.split('/').pop() || null;
    return new BlobImpl(Buffer.from(this.reply.body), this.contentType(), name);
  }

  getAs(contentType: string): BlobImpl {
    return this.getBlob().getAs(contentType);
  }

  private contentType(): string | null {
    const h = this.reply.headers.find(([k]) => k.toLowerCase() === 'content-type');
    return h ? h[1] : null;
  }

  private charset(): string {
    return /charset=([^;]+)/i.exec(this.contentType() ?? '')?.[1].trim() ?? 'utf-8';
  }
}

function charsetName(charset: string): BufferEncoding {
  const c = charset.toLowerCase().replace(/[-_]/g, '');
  if (c === 'iso88591' || c === 'latin1' || c === 'usascii' || c === 'windows1252') return 'latin1';
  if (c === 'utf16le') return 'utf16le';
  return 'utf8';
}

function isBlob(v: unknown): v is GBlob {
  return (
    !!v &&
    typeof v === 'object' &&
    'getBytes' in v &&
    typeof v.getBytes === 'function' &&
    'getContentType' in v
  );
}

/** A JS-object payload is a form: url-encoded, or multipart when a value is a Blob. */
function formBody(payload: Record<string, unknown>): { body: Buffer; type: string } {
  const values = Object.entries(payload);
  if (!values.some(([, v]) => isBlob(v))) {
    const text = values
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join('&');
    return { body: Buffer.from(text, 'utf8'), type: 'application/x-www-form-urlencoded' };
  }
  const boundary = `----AppsScriptEmulator${Date.now().toString(16)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of values) {
    if (isBlob(v)) {
      const name = v.getName() ?? k;
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${k}"; filename="${name}"\r\nContent-Type: ${v.getContentType() ?? 'application/octet-stream'}\r\n\r\n`,
        ),
        toBuffer(v.getBytes()),
        Buffer.from('\r\n'),
      );
    } else {
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${String(v)}\r\n`,
        ),
      );
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function payloadBody(payload: unknown): { body: Buffer; type: string | null } {
  if (typeof payload === 'string') return { body: Buffer.from(payload, 'utf8'), type: null };
  if (Array.isArray(payload)) return { body: toBuffer(payload), type: null };
  if (isBlob(payload))
    return { body: toBuffer(payload.getBytes()), type: payload.getContentType() };
  if (payload && typeof payload === 'object') return formBody(payload as Record<string, unknown>);
  return { body: Buffer.from(String(payload), 'utf8'), type: null };
}

/** Google's message for an HTTP error: origin, code and at most 147 characters of the body. */
export function httpErrorMessage(url: string, code: number, body: string): string {
  const origin = new URL(url).origin;
  const shown = body.length > 150 ? `${body.slice(0, 147)}...` : body;
  return `Request failed for ${origin} returned code ${code}. Truncated server response: ${shown} (use muteHttpExceptions option to examine full response)`;
}

export class UrlFetchAppImpl implements GUrlFetchApp {
  private readonly http = new SyncHttp();
  private readonly allowLoopback: boolean;
  private readonly routes: Record<string, string> | undefined;
  private readonly realm: Realm;

  constructor(
    private readonly state: UrlFetchState,
    private readonly auth: AuthContext,
    opts: UrlFetchOptions = {},
  ) {
    this.realm = auth.realm;
    this.allowLoopback = opts.allowLoopback ?? true;
    this.routes = opts.routes;
  }

  getRequest(url: string, params: Params = {}): FetchRequest {
    const req = this.build(url, params);
    const headers: Record<string, string> = { ...req.headers };
    return {
      url: req.url,
      method: req.method.toLowerCase() as GFetchRequest['method'],
      headers,
      payload: req.body ? Buffer.from(req.body).toString('utf8') : undefined,
      contentType: Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1],
      followRedirects: req.followRedirects,
      muteHttpExceptions: params.muteHttpExceptions ?? false,
      validateHttpsCertificates: params.validateHttpsCertificates ?? true,
    };
  }

  fetch(url: string, params: Params = {}): HttpResponseImpl {
    this.guard('fetch');
    return this.run([{ ...params, url }])[0];
  }

  fetchAll(requests: (FetchRequest | string)[]): HttpResponseImpl[] {
    this.guard('fetchAll');
    return this.run(requests.map((r) => (typeof r === 'string' ? { url: r } : r)));
  }

  /** Editor add-ons reach UrlFetch only with full authorization (not NONE / LIMITED). */
  private guard(method: string): void {
    requireAuth(this.auth, `UrlFetchApp.${method}`, {
      scope: SCOPES.externalRequest,
      deny: ['NONE', 'LIMITED'],
    });
  }

  private build(url: string, params: Params): HttpRequest {
    let parsed: URL;
    try {
      parsed = new URL(String(url));
    } catch {
      throw gasError(this.realm, `Invalid argument: ${url}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw gasError(this.realm, `Invalid argument: ${url}`);
    }
    const method = String(params.method ?? 'get').toUpperCase();
    const headers: Record<string, string> = { 'User-Agent': USER_AGENT };
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
    let body: Buffer | null = null;
    // Google sends no body with GET, whatever the payload.
    if (params.payload !== undefined && params.payload !== null && method !== 'GET') {
      const p = payloadBody(params.payload);
      body = p.body;
      const type = params.contentType ?? p.type ?? 'application/x-www-form-urlencoded';
      if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) {
        headers['Content-Type'] = type;
      }
    } else if (params.contentType) {
      headers['Content-Type'] = params.contentType;
    }
    return {
      url: parsed.toString(),
      method,
      headers,
      body: body ? new Uint8Array(body) : null,
      followRedirects: params.followRedirects ?? true,
      timeoutMs: TIMEOUT_MS,
    };
  }

  private run(requests: FetchRequest[]): HttpResponseImpl[] {
    const built = requests.map((r) => this.build(r.url, r));
    for (const b of built) {
      const host = new URL(b.url).hostname;
      if (!this.allowLoopback && /^(localhost|127\.|\[::1\])/.test(host)) {
        throw gasError(this.realm, `DNS error: ${b.url}`);
      }
    }
    if (!this.state.take(built.length)) {
      throw gasError(this.realm, 'Service invoked too many times for one day: urlfetch.');
    }
    const results = this.http.request(
      built.map((b) => ({ ...b, url: routedUrl(b.url, this.routes) })),
    );
    return results.map((res, i) => this.answer(built[i], requests[i], res));
  }

  private answer(req: HttpRequest, params: Params, res: HttpResult): HttpResponseImpl {
    if ('error' in res) {
      this.state.record(req.url, req.method, null);
      if (res.error === 'ENOTFOUND' || res.error === 'EAI_AGAIN') {
        throw gasError(this.realm, `DNS error: ${req.url}`);
      }
      if (res.error === 'TIMEOUT') throw gasError(this.realm, `Timeout: ${req.url}`);
      throw gasError(this.realm, `Address unavailable: ${req.url}`);
    }
    this.state.record(req.url, req.method, res.code);
    const response = new HttpResponseImpl(res);
    if (res.code >= 400 && !params.muteHttpExceptions) {
      throw gasError(this.realm, httpErrorMessage(req.url, res.code, response.getContentText()));
    }
    return response;
  }

  /** Stops the HTTP worker (tests; the worker never keeps the process alive anyway). */
  close(): void {
    this.http.close();
  }
}
