/**
 * `npm start`'s server as a child process (the README's first command, minus
 * the build): prints its URL, serves the page and the API, honours PORT and
 * --now, and stops on SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundState } from '../../dev/playground/protocol';
import { ensureBuilt, ROOT } from './helpers';

let child: ChildProcess;
let url: string;

beforeAll(async () => {
  await ensureBuilt();
  child = spawn(
    process.execPath,
    ['--import', 'tsx', 'dev/playground/server.ts', '--now', '2026-07-15T09:00:00Z'],
    // PORT=0: a free port, so the test never collides with a running playground.
    { cwd: ROOT, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Funnel SLA playground: (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${stderr}`)));
  });
}, 60_000);

afterAll(() => {
  child?.kill('SIGTERM');
});

describe('npm start server', () => {
  it('prints its URL and serves the page', async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="menubar"');
  });

  it('serves the demo workbook with the add-on menu built, on the clock given by --now', async () => {
    const state = (await (await fetch(`${url}/api/view`)).json()) as PlaygroundState;
    expect(state.view.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['CRM export', 'Sheet1']),
    );
    expect(state.view.locale).toBe('en_US');
    expect(state.view.timeZone).toBe('Europe/Berlin');
    expect(state.ui.menus.flatMap((m) => m.items.map((i) => i.functionName))).toContain(
      'showSidebar',
    );
    const set = await fetch(`${url}/api/set`, {
      method: 'POST',
      body: JSON.stringify({ ref: "'Sheet1'!A1", value: '=YEAR(TODAY())' }),
    });
    expect(await set.json()).toEqual({ result: null });
    const after = (await (await fetch(`${url}/api/view`)).json()) as PlaygroundState;
    const a1 = after.view.sheets
      .find((s) => s.name === 'Sheet1')!
      .cells.find((c) => c.r === 1 && c.c === 1);
    expect(a1?.v).toBe(2026);
  });

  it('answers API misuse with 4xx and a message', async () => {
    const res = await fetch(`${url}/api/run`, { method: 'POST', body: '{"args":[]}' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: '"name" must be a non-empty string' });
    expect((await fetch(`${url}/api/nope`)).status).toBe(404);
  });
});
