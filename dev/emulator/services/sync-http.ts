/**
 * Synchronous HTTP for a synchronous API (UrlFetchApp). A worker thread does
 * the requests with node:http(s); the calling thread blocks on Atomics.wait and
 * then takes the reply off a MessagePort with receiveMessageOnPort, so replies
 * of any size cross without copying through a fixed buffer. Several requests
 * in one call run in parallel (fetchAll).
 *
 * The worker source is plain JavaScript evaluated by the Worker (eval: true)
 * so it runs the same under tsx, vitest and plain node, without a TS loader.
 */
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  Worker,
} from 'node:worker_threads';

export interface HttpRequest {
  url: string;
  method: string;
  /** Header name → value, sent as given. */
  headers: Record<string, string>;
  body: Uint8Array | null;
  followRedirects: boolean;
  timeoutMs: number;
}

export interface HttpReply {
  code: number;
  /** Raw header pairs in arrival order, names as the server sent them. */
  headers: [string, string][];
  body: Uint8Array;
  finalUrl: string;
}

export interface HttpFailure {
  /** ENOTFOUND, ECONNREFUSED, TIMEOUT, … */
  error: string;
  message: string;
}

export type HttpResult = HttpReply | HttpFailure;

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const http = require('node:http');
const https = require('node:https');
const zlib = require('node:zlib');
const { port, flag } = workerData;
const signal = new Int32Array(flag);
const MAX_REDIRECTS = 20;

function once(req, url, redirects) {
  return new Promise((resolve) => {
    let target;
    try { target = new URL(url); } catch (e) { resolve({ error: 'EINVAL', message: String(e && e.message) }); return; }
    const lib = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
    if (!lib) { resolve({ error: 'EINVAL', message: 'unsupported protocol ' + target.protocol }); return; }
    const headers = Object.assign({}, req.headers);
    const body = req.body ? Buffer.from(req.body) : null;
    if (body && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) headers['Content-Length'] = String(body.length);
    const r = lib.request(target, { method: req.method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', (e) => resolve({ error: e.code || 'ERROR', message: e.message }));
      res.on('end', () => {
        let data = Buffer.concat(chunks);
        const enc = String(res.headers['content-encoding'] || '').toLowerCase();
        try {
          if (enc === 'gzip') data = zlib.gunzipSync(data);
          else if (enc === 'deflate') data = zlib.inflateSync(data);
          else if (enc === 'br') data = zlib.brotliDecompressSync(data);
        } catch (e) { /* leave the bytes as received */ }
        const pairs = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        const code = res.statusCode || 0;
        const location = res.headers.location;
        if (req.followRedirects && location && [301, 302, 303, 307, 308].includes(code)) {
          if (redirects >= MAX_REDIRECTS) { resolve({ error: 'EREDIRECT', message: 'too many redirects' }); return; }
          const next = new URL(location, target).toString();
          const keep = code === 307 || code === 308 || req.method === 'GET' || req.method === 'HEAD';
          const follow = keep ? req : Object.assign({}, req, { method: 'GET', body: null, headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => !/^content-/i.test(k))) });
          resolve(once(follow, next, redirects + 1));
          return;
        }
        resolve({ code, headers: pairs, body: new Uint8Array(data), finalUrl: target.toString() });
      });
    });
    r.setTimeout(req.timeoutMs, () => { r.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })); });
    r.on('error', (e) => resolve({ error: e.code || 'ERROR', message: e.message }));
    if (body) r.write(body);
    r.end();
  });
}

port.on('message', async (requests) => {
  const results = await Promise.all(requests.map((q) => once(q, q.url, 0)));
  port.postMessage(results);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

export class SyncHttp {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private signal: Int32Array | undefined;

  private start(): void {
    const flag = new SharedArrayBuffer(4);
    const { port1, port2 } = new MessageChannel();
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { port: port2, flag },
      transferList: [port2],
    });
    // Neither the worker nor the port may keep the process (runner, tests) alive.
    this.worker.unref();
    port1.unref();
    this.port = port1;
    this.signal = new Int32Array(flag);
  }

  /** Runs the requests in parallel and blocks until all have answered. */
  request(requests: HttpRequest[]): HttpResult[] {
    if (requests.length === 0) return [];
    if (!this.worker) this.start();
    const signal = this.signal!;
    const port = this.port!;
    Atomics.store(signal, 0, 0);
    port.postMessage(requests);
    const limit = Math.max(...requests.map((r) => r.timeoutMs)) * 2 + 5000;
    if (Atomics.wait(signal, 0, 0, limit) === 'timed-out') {
      this.close();
      return requests.map(() => ({ error: 'TIMEOUT', message: 'no answer from the HTTP worker' }));
    }
    const reply = receiveMessageOnPort(port);
    return (reply?.message as HttpResult[] | undefined) ?? [];
  }

  close(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.worker = undefined;
    this.port = undefined;
    this.signal = undefined;
  }
}
