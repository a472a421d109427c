/**
 * A local HTTP server on 127.0.0.1 in a worker thread. It cannot live on the
 * test's own thread: UrlFetchApp blocks that thread (Atomics.wait) while the
 * request is in flight, so a server there could never answer.
 */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';

const SERVER = `
const http = require('node:http');
const { parentPort } = require('node:worker_threads');
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    if (url.pathname === '/json') {
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.end(JSON.stringify({ ok: true, stage: 'MQL' }));
    } else if (url.pathname === '/echo') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ method: req.method, type: req.headers['content-type'] || null,
        agent: req.headers['user-agent'], auth: req.headers['authorization'] || null, body }));
    } else if (url.pathname.startsWith('/status/')) {
      res.statusCode = Number(url.pathname.slice(8));
      res.end(url.searchParams.get('body') || 'nope');
    } else if (url.pathname === '/redirect') {
      res.statusCode = 302;
      res.setHeader('Location', '/json');
      res.end();
    } else if (url.pathname === '/slow') {
      setTimeout(() => res.end('slow ' + url.searchParams.get('id')), Number(url.searchParams.get('ms')));
    } else if (url.pathname === '/latin1') {
      res.setHeader('Content-Type', 'text/plain; charset=ISO-8859-1');
      res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    } else {
      res.statusCode = 404;
      res.end('no route');
    }
  });
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

export async function startServer(): Promise<{ base: string; stop: () => Promise<number> }> {
  const worker = new Worker(SERVER, { eval: true });
  const [port] = (await once(worker, 'message')) as [number];
  return { base: `http://127.0.0.1:${port}`, stop: () => worker.terminate() };
}
