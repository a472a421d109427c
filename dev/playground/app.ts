/**
 * The playground's HTTP surface: the page, the sidebar (with the
 * google.script.run shim) and the JSON API the page and shim call.
 * Every add-on call goes through the emulator, which enforces Google's rules.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type Assets, injectShim } from './assets';
import { HttpError, messageOf, readBody, readJson, send, sendJson } from './http';
import type { CallOutcome } from './protocol';
import type { Session } from './session';
import { parseTyped } from './typed-input';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

function requireString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') {
    throw new HttpError(400, `"${key}" must be a non-empty string`);
  }
  return value;
}

/** Runs one add-on action; a throw is the add-on's (or Google's rules') error, not the server's. */
function outcome(action: () => unknown): CallOutcome {
  try {
    return { result: action() };
  } catch (err) {
    return { error: messageOf(err) };
  }
}

/** For open/reset: nothing to return, only whether the workbook could be loaded. */
async function outcomeAsync(action: () => Promise<void>): Promise<CallOutcome> {
  try {
    await action();
    return { result: null };
  } catch (err) {
    return { error: messageOf(err) };
  }
}

/** The Sheets-like document icon, also drawn in the top bar. */
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 32"><path d="M2 0h14l8 8v22a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2V2a2 2 0 0 1 2-2z" fill="#0f9d58"/><path d="M5 13h14v12H5zm2 2v2h4v-2zm6 0v2h4v-2zm-6 4v2h4v-2zm6 0v2h4v-2z" fill="#f1f1f1" fill-rule="evenodd"/></svg>`;

const NO_SIDEBAR = `<!DOCTYPE html><html lang="en"><body style="font:13px Arial,sans-serif;color:#5f6368">
No sidebar is open.</body></html>`;

function routes(session: Session, assets: Assets): Record<string, Handler> {
  return {
    'GET /': (_req, res) => send(res, 200, assets.html, 'text/html; charset=utf-8'),
    'GET /app.js': (_req, res) => send(res, 200, assets.js, 'text/javascript; charset=utf-8'),
    'GET /style.css': (_req, res) => send(res, 200, assets.css, 'text/css; charset=utf-8'),
    'GET /favicon.svg': (_req, res) => send(res, 200, FAVICON, 'image/svg+xml'),
    'GET /sidebar': (_req, res) => {
      const html = session.sidebarHtml();
      if (html === undefined) send(res, 404, NO_SIDEBAR, 'text/html; charset=utf-8');
      else send(res, 200, injectShim(html, assets.shim), 'text/html; charset=utf-8');
    },
    'GET /api/view': (_req, res) => sendJson(res, 200, session.state()),
    'POST /api/run': async (req, res) => {
      const body = await readJson(req);
      const name = requireString(body, 'name');
      const args = body.args ?? [];
      if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array');
      sendJson(
        res,
        200,
        outcome(() => session.emulator.run(name, args)),
      );
    },
    'POST /api/menu': async (req, res) => {
      const name = requireString(await readJson(req), 'functionName');
      // A menu item runs its function with no arguments, like a run from the sidebar.
      sendJson(
        res,
        200,
        outcome(() => session.emulator.run(name, [])),
      );
    },
    'POST /api/set': async (req, res) => {
      const body = await readJson(req);
      const ref = requireString(body, 'ref');
      if (typeof body.value !== 'string') throw new HttpError(400, '"value" must be a string');
      const value = parseTyped(body.value, session.emulator.options.locale);
      sendJson(
        res,
        200,
        outcome(() => {
          session.emulator.set(ref, value);
          return null;
        }),
      );
    },
    'POST /api/sidebar/close': (_req, res) => {
      session.closeSidebar();
      sendJson(res, 200, { result: null });
    },
    'POST /api/open-xlsx': async (req, res, url) => {
      const data = await readBody(req);
      if (data.length === 0) throw new HttpError(400, 'Send the .xlsx file as the request body');
      const fileName = basename(url.searchParams.get('name') || 'Uploaded.xlsx');
      const dir = mkdtempSync(join(tmpdir(), 'funnel-sla-open-'));
      try {
        const path = join(dir, 'book.xlsx');
        writeFileSync(path, data);
        sendJson(res, 200, await outcomeAsync(() => session.open(path, fileName)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    'GET /api/save-xlsx': async (_req, res) => {
      const dir = mkdtempSync(join(tmpdir(), 'funnel-sla-save-'));
      try {
        const path = join(dir, 'book.xlsx');
        await session.emulator.saveXlsx(path);
        const fileName = `${session.name.replace(/\.xlsx$/i, '')}.xlsx`;
        send(
          res,
          200,
          readFileSync(path),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          {
            'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w .-]/g, '_')}"`,
          },
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    'POST /api/reset': async (req, res) => {
      const body = await readJson(req);
      // Optional locales: the File menu's "Spreadsheet locale" / "User locale".
      const locales: { locale?: string; userLocale?: string } = {};
      for (const key of ['locale', 'userLocale'] as const) {
        const v = body[key];
        if (v === undefined) continue;
        if (typeof v !== 'string' || !/^[a-z]{2,3}(_[A-Za-z0-9]{2,4})?$/.test(v))
          throw new HttpError(400, `"${key}" must be a locale such as de_DE`);
        locales[key] = v;
      }
      sendJson(res, 200, await outcomeAsync(() => session.reset(locales)));
    },
  };
}

export function createPlaygroundServer(session: Session, assets: Assets): Server {
  const table = routes(session, assets);
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handler = table[`${req.method} ${url.pathname}`];
    if (!handler) {
      sendJson(res, 404, { error: `No route for ${req.method} ${url.pathname}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(req, res, url))
      .catch((err: unknown) => {
        const status = err instanceof HttpError ? err.status : 500;
        if (status === 500) console.error(err);
        if (!res.headersSent) sendJson(res, status, { error: messageOf(err) });
        else res.end();
      });
  });
}
