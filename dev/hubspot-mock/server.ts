/**
 * A HubSpot-compatible HTTP server for local proof: Bearer auth (401 for any
 * other token), every request validated against the official OpenAPI
 * descriptions, CRM search over the records file, the properties and
 * account-info calls the add-on makes, HubSpot's per-second search limit
 * (429), and injectable faults. Control endpoints under /__mock/ (never
 * HubSpot's) let tests read counters and inject faults.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildStore, type ObjectName, type RecordsFile, type Store } from './records';
import { SearchError, search } from './search';
import type { OpenApiValidator } from './validate';

export interface MockOptions {
  records: RecordsFile;
  token: string;
  validator: OpenApiValidator;
  /** Search requests allowed per rolling second (HubSpot: 5). */
  perSecond?: number;
  /** Each contact stands in for this many (totals and pages computed, not materialized). */
  scale?: number;
}

export interface Fault {
  /** Answer with this status … */
  code: number;
  /** … after this many more search requests have been answered normally … */
  after: number;
  /** … this many times (then normal again). */
  count: number;
}

export interface MockStats {
  requests: number;
  searches: number;
  byCode: Record<string, number>;
  rateLimited: number;
  validated: Record<string, number>;
  invalid: { line: string; errors: string[] }[];
  /** Authorization headers seen that were not the mock's token (count only). */
  badTokens: number;
  /** Most search requests seen within one rolling second. */
  peakPerSecond: number;
}

const ERROR = (_status: number, category: string, message: string) => ({
  status: 'error',
  message,
  correlationId: '00000000-0000-4000-8000-000000000000',
  category,
});

export class HubSpotMock {
  private readonly stores: Record<ObjectName, Store>;
  private readonly recent: number[] = [];
  private faults: Fault[] = [];
  stats: MockStats = HubSpotMock.zero();
  private server: Server | undefined;

  constructor(private opts: MockOptions) {
    this.stores = {
      contacts: buildStore(opts.records.contacts ?? [], opts.records.options?.contacts),
      deals: buildStore(opts.records.deals ?? [], opts.records.options?.deals),
    };
  }

  static zero(): MockStats {
    return {
      requests: 0,
      searches: 0,
      byCode: {},
      rateLimited: 0,
      validated: {},
      invalid: [],
      badTokens: 0,
      peakPerSecond: 0,
    };
  }

  async listen(port: number, host = '127.0.0.1'): Promise<number> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, Buffer.concat(chunks).toString('utf8'), res));
    });
    // Clients (undici, Node's agent) reuse idle sockets: never close one under them.
    this.server.keepAliveTimeout = 0;
    await new Promise<void>((resolve) => this.server?.listen(port, host, resolve));
    return (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private send(
    res: ServerResponse,
    code: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    if (!res.req.url?.startsWith('/__mock/'))
      this.stats.byCode[code] = (this.stats.byCode[code] ?? 0) + 1;
    res.writeHead(code, { 'Content-Type': 'application/json;charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  /** Returns what `send` returns: nothing of use (unknown keeps early returns terse). */
  private handle(req: IncomingMessage, text: string, res: ServerResponse): unknown {
    const url = new URL(req.url ?? '/', 'http://mock');
    const method = (req.method ?? 'GET').toUpperCase();
    if (url.pathname.startsWith('/__mock/')) return this.control(method, url.pathname, text, res);
    this.stats.requests++;
    if (req.headers.authorization !== `Bearer ${this.opts.token}`) {
      this.stats.badTokens++;
      return this.send(
        res,
        401,
        ERROR(401, 'INVALID_AUTHENTICATION', 'Authentication credentials not found.'),
      );
    }
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return this.send(res, 400, ERROR(400, 'VALIDATION_ERROR', 'Invalid JSON body'));
    }
    const verdict = this.opts.validator.check({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers as Record<string, string>,
      body,
    });
    if (!verdict.ok) {
      this.stats.invalid.push({ line: `${method} ${url.pathname}`, errors: verdict.errors });
      return this.send(res, 400, ERROR(400, 'VALIDATION_ERROR', verdict.errors.join('; ')));
    }
    this.stats.validated[verdict.by] = (this.stats.validated[verdict.by] ?? 0) + 1;
    const found = /^\/crm\/v3\/objects\/(contacts|0-3|deals)\/search$/.exec(url.pathname);
    if (found && method === 'POST')
      return this.searchRequest(found[1] === 'contacts' ? 'contacts' : 'deals', body, res);
    const props = /^\/crm\/v3\/properties\/(contacts|deals|0-1|0-3)$/.exec(url.pathname);
    if (props && method === 'GET') {
      const object = props[1] === 'contacts' || props[1] === '0-1' ? 'contacts' : 'deals';
      return this.send(res, 200, { results: this.stores[object].properties });
    }
    if (url.pathname === '/account-info/v3/details' && method === 'GET')
      return this.send(res, 200, {
        portalId: this.opts.records.portalId ?? 12345678,
        portalName: this.opts.records.portalName ?? 'Mock account',
        accountType: 'STANDARD',
        timeZone: 'US/Eastern',
        companyCurrency: 'EUR',
        additionalCurrencies: [],
        dataHostingLocation: 'eu1',
        uiDomain: 'app-eu1.hubspot.com',
        utcOffset: '-05:00',
        utcOffsetMilliseconds: -18_000_000,
      });
    return this.send(res, 404, ERROR(404, 'OBJECT_NOT_FOUND', 'Not found'));
  }

  private searchRequest(object: ObjectName, body: unknown, res: ServerResponse): unknown {
    this.stats.searches++;
    const now = Date.now();
    while (this.recent.length && this.recent[0] <= now - 1000) this.recent.shift();
    if (this.recent.length >= (this.opts.perSecond ?? 5)) {
      this.stats.rateLimited++;
      return this.send(res, 429, {
        ...ERROR(429, 'RATE_LIMITS', 'You have reached your secondly limit.'),
        errorType: 'RATE_LIMIT',
        policyName: 'SECONDLY',
      });
    }
    this.recent.push(now);
    this.stats.peakPerSecond = Math.max(this.stats.peakPerSecond, this.recent.length);
    const fault = this.faults[0];
    if (fault) {
      if (fault.after > 0) fault.after--;
      else {
        if (--fault.count <= 0) this.faults.shift();
        if (fault.code === 429) this.stats.rateLimited++;
        return this.send(
          res,
          fault.code,
          ERROR(
            fault.code,
            fault.code === 429 ? 'RATE_LIMITS' : 'INTERNAL_ERROR',
            'Injected fault',
          ),
        );
      }
    }
    try {
      const scale = object === 'contacts' ? (this.opts.scale ?? 1) : 1;
      this.send(res, 200, search(this.stores[object], body as never, scale));
    } catch (e) {
      if (e instanceof SearchError) return this.send(res, 400, ERROR(400, e.category, e.message));
      throw e;
    }
  }

  private control(method: string, path: string, text: string, res: ServerResponse): unknown {
    if (path === '/__mock/stats' && method === 'GET') return this.send(res, 200, this.stats);
    if (path === '/__mock/reset' && method === 'POST') {
      this.stats = HubSpotMock.zero();
      this.faults = [];
      return this.send(res, 200, {});
    }
    if (path === '/__mock/config' && method === 'POST') {
      // Tests revoke the token, loosen the rate limit or scale the records.
      const c = JSON.parse(text) as Partial<Pick<MockOptions, 'token' | 'perSecond' | 'scale'>>;
      Object.assign(this.opts, c);
      return this.send(res, 200, {});
    }
    if (path === '/__mock/faults' && method === 'POST') {
      this.faults.push(JSON.parse(text) as Fault);
      return this.send(res, 200, {});
    }
    this.send(res, 404, {});
  }
}
