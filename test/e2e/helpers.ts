/**
 * Browser-test harness: builds the add-on when build/ is missing or older
 * than src/, starts a playground in-process on a free port, and drives
 * Debian's chromium through playwright-core (`npx playwright install` cannot
 * work here). A missing browser is a failure with install instructions,
 * never a skip.
 */

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { EmulatorApi } from '../../dev/emulator/contract';
import type { PlaygroundState } from '../../dev/playground/protocol';
import type { EmulatorSource } from '../../dev/playground/session';
import { type RunningPlayground, startPlayground } from '../../dev/playground/start';
import { FakeEmulator } from './fake-emulator';
import { galleryView } from './gallery-view';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: the browser tests need one. Install it with ` +
        '`apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    );
  }
  return path;
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds build/Code.js and build/Sidebar.html when missing or older than any source. */
export async function ensureBuilt(): Promise<void> {
  const outputs = ['Code.js', 'Sidebar.html'].map((f) => join(ROOT, 'build', f));
  const stale =
    outputs.some((f) => !existsSync(f)) ||
    Math.min(...outputs.map((f) => statSync(f).mtimeMs)) < newest(join(ROOT, 'src'));
  if (!stale) return;
  const { build } = await import('../../dev/build');
  await build();
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh profile per launch, so no state leaks between test files. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  const profile = mkdtempSync(join(tmpdir(), 'funnel-sla-chromium-'));
  // playwright adds the profile as --user-data-dir itself (launch() refuses it in args).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 820 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The real playground (real emulator, demo workbook), as `npm start` serves it. */
export async function startDemoPlayground(): Promise<RunningPlayground> {
  await ensureBuilt();
  const { demoSource } = await import('../../dev/playground/demo');
  return startPlayground({ source: demoSource({ now: '2026-07-15T09:00:00Z' }), port: 0 });
}

/** A playground over the hand-written gallery workbook and a fake emulator. */
export async function startGalleryPlayground(): Promise<{
  playground: RunningPlayground;
  fake: () => FakeEmulator;
}> {
  await ensureBuilt();
  let latest: FakeEmulator | undefined;
  const make = async (): Promise<EmulatorApi> => {
    latest = new FakeEmulator(galleryView());
    latest.run('onOpen');
    return latest;
  };
  const source: EmulatorSource = { demo: make, open: make, demoName: 'Gallery' };
  const playground = await startPlayground({ source, port: 0 });
  return { playground, fake: () => latest! };
}

/** Opens Extensions → <add-on> → <item>. */
export async function clickAddonMenu(page: Page, addon: string, item: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: addon, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** The sidebar iframe's frame, once it has loaded its document with the shim. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('#sidebar-frame').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('The sidebar iframe has no frame');
  await frame.waitForFunction(() => 'google' in window);
  return frame;
}

/** google.script.run as the sidebar sees it: configuring methods, then any server function. */
export type ScriptRunner = {
  withSuccessHandler(fn: (result: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(fn: (error: Error, userObject?: unknown) => void): ScriptRunner;
  withUserObject(userObject: unknown): ScriptRunner;
} & Record<string, (...args: unknown[]) => void>;

/** The sidebar iframe's window, for typing code passed to `frame.evaluate`. */
export type SidebarWindow = Window & {
  google: { script: { run: ScriptRunner; host: { close(): void; editor: { focus(): void } } } };
};

/** For expect.poll: the emulator loads 1,500-row workbooks in seconds, not vitest's default 1 s. */
export const WAIT = { timeout: 15_000 * timeScale() };

/** How much slower than an idle machine: load per core (1 to 6), or TEST_TIMEOUT_SCALE. */
export function timeScale(): number {
  return (
    Number(process.env.TEST_TIMEOUT_SCALE) ||
    Math.min(6, Math.max(1, loadavg()[0] / availableParallelism()))
  );
}

/** The grid cell at an A1-style position of the shown tab. */
export function cellAt(page: Page, r: number, c: number) {
  return page.locator(`#grid-scroll td[data-r="${r}"][data-c="${c}"]`);
}

/** The demo playground open in a fresh browser for one test file: opened before its tests, closed after. */
export interface DemoPage {
  readonly playground: RunningPlayground;
  readonly page: Page;
  /** The playground's view of the workbook and UI, straight from the server. */
  state(): Promise<PlaygroundState>;
}

export function useDemoPage(): DemoPage {
  let playground: RunningPlayground | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    playground = await startDemoPlayground();
    browser = await launchBrowser();
    await browser.page.setViewportSize({ width: 1400, height: 1000 });
    await browser.page.goto(playground.url);
    await cellAt(browser.page, 1, 1).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await playground?.close();
  });
  const need = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error('useDemoPage: used outside a test');
    return x;
  };
  return {
    get playground() {
      return need(playground);
    },
    get page() {
      return need(browser).page;
    },
    async state() {
      const res = await fetch(`${need(playground).url}/api/view`);
      return (await res.json()) as PlaygroundState;
    },
  };
}
