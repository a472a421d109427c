/**
 * Starts dev/hubspot-mock in its own process on 127.0.0.1 and a free port
 * (the emulator's UrlFetchApp blocks this thread while it waits, so the mock
 * cannot share it), and drives its /__mock/ control endpoints.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RecordsFile } from '../../dev/hubspot-mock/records';
import type { Fault, MockStats } from '../../dev/hubspot-mock/server';

const ROOT = resolve(__dirname, '../..');

export interface MockProcess {
  url: string;
  stats(): Promise<MockStats>;
  reset(): Promise<void>;
  fault(f: Fault): Promise<void>;
  config(c: { token?: string; perSecond?: number; scale?: number }): Promise<void>;
  close(): void;
}

export async function startMock(records: RecordsFile, token: string): Promise<MockProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'hubspot-mock-'));
  const file = join(dir, 'records.json');
  writeFileSync(file, JSON.stringify(records));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'dev/hubspot-mock/cli.ts'),
      '--records',
      file,
      '--token',
      token,
      '--port',
      '0',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr?.on('data', (c: Buffer) => {
    errors += c.toString();
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) ok(m[1]);
    });
    child.on('exit', (code) => fail(new Error(`hubspot-mock exited (${code}): ${errors}`)));
  });
  const post = async (path: string, body: unknown) => {
    const r = await fetch(url + path, { method: 'POST', body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
  };
  return {
    url,
    stats: async () => (await (await fetch(`${url}/__mock/stats`)).json()) as MockStats,
    reset: () => post('/__mock/reset', {}),
    fault: (f) => post('/__mock/faults', f),
    config: (c) => post('/__mock/config', c),
    close: () => {
      child.kill();
    },
  };
}
