/**
 * The playground page: fetches the emulator's view and UI state, draws them
 * Sheets-style, and refetches after anything that can change the workbook —
 * a menu item, a google.script.run call from the sidebar, a typed cell,
 * open / reset.
 */
import type { PlaygroundState, ShimMessage } from '../protocol';
import { sheetRef } from './a1';
import { fetchState, post, uploadXlsx } from './api';
import { byId } from './dom';
import { FormulaBar } from './formula-bar';
import { Grid } from './grid';
import { MenuBar, type MenuEntry } from './menus';
import { Alerts, showToast } from './notify';
import { SidebarPanel } from './sidebar';
import { renderTabs } from './tabs';

const toastStack = byId<HTMLElement>('toasts');
const running = byId<HTMLElement>('running');
const fileInput = byId<HTMLInputElement>('open-file');
const alerts = new Alerts(byId<HTMLDialogElement>('alert'));
const menuBar = new MenuBar(byId<HTMLElement>('menubar'));
const sidebar = new SidebarPanel(() => void closeSidebar());

let state: PlaygroundState | undefined;
let current = '';
let toastsSeen = 0;
let alertsSeen = 0;

const grid = new Grid(byId<HTMLElement>('grid-scroll'), {
  select: (sel, cell) => formulaBar.show(sel, cell),
  edit: (initial) => formulaBar.edit(initial),
  clear: (sel) => void write(sel.r, sel.c, ''),
});

const formulaBar = new FormulaBar(
  (value) => {
    // Move on at once, as Sheets does: a value typed before this write returns
    // lands in the next cell, not wherever the selection is when it returns.
    const { r, c } = grid.selection;
    grid.select(r + 1, c);
    grid.focus();
    void write(r, c, value);
  },
  () => grid.focus(),
);

function errorToast(message: string): void {
  showToast(toastStack, { title: 'Error', message }, 'error');
}

async function write(r: number, c: number, value: string): Promise<void> {
  const out = await post('/api/set', { ref: sheetRef(current, r, c), value });
  if ('error' in out) errorToast(out.error);
  await refresh();
}

/** Runs an add-on menu item, showing Sheets' "Running script" notice meanwhile. */
async function runMenu(functionName: string): Promise<void> {
  running.hidden = false;
  try {
    const out = await post('/api/menu', { functionName });
    if ('error' in out) errorToast(out.error);
  } finally {
    running.hidden = true;
  }
  await refresh();
}

async function closeSidebar(): Promise<void> {
  await post('/api/sidebar/close', {});
  await refresh();
}

async function fileAction(action: () => Promise<{ error: string } | { result: unknown }>) {
  running.hidden = false;
  try {
    const out = await action();
    if ('error' in out) errorToast(out.error);
  } finally {
    running.hidden = true;
  }
  await refresh();
}

let menuKey = '';

/** Rebuilt only when the add-on's menus change, so a refresh never closes a menu the user has open. */

/** The locales the File menu offers: one per language of the add-on, and en_GB. */
const PLAYGROUND_LOCALES = ['en_US', 'en_GB', 'de_DE', 'pl_PL', 'fi_FI', 'in_ID', 'zh_CN'];
let locales: { locale: string; userLocale: string } = { locale: 'en_US', userLocale: 'en_US' };

/** A fresh demo workbook in the chosen spreadsheet and user locales (formulas then take that syntax). */
async function chooseLocales(next: { locale: string; userLocale: string }): Promise<void> {
  locales = next;
  await fileAction(() => post('/api/reset', next));
}

function menus(s: PlaygroundState) {
  const key = JSON.stringify([s.view.name, s.ui.menus]);
  if (key === menuKey) return;
  menuKey = key;
  const file: MenuEntry[] = [
    { label: 'Open .xlsx…', action: () => fileInput.click() },
    {
      label: 'Save as .xlsx',
      action: () => {
        const link = document.createElement('a');
        link.href = '/api/save-xlsx';
        link.download = `${s.view.name}.xlsx`;
        link.click();
      },
    },
    'separator',
    { label: 'Reset demo workbook', action: () => void fileAction(() => post('/api/reset', {})) },
    {
      label: 'Spreadsheet locale',
      submenu: PLAYGROUND_LOCALES.map((locale) => ({
        label: locale,
        action: () => void chooseLocales({ ...locales, locale }),
      })),
    },
    {
      label: 'User locale',
      submenu: PLAYGROUND_LOCALES.map((userLocale) => ({
        label: userLocale,
        action: () => void chooseLocales({ ...locales, userLocale }),
      })),
    },
  ];
  const addons: MenuEntry[] = s.ui.menus.map((m) => ({
    label: m.title,
    submenu: m.items.map((item) => ({
      label: item.caption,
      action: () => void runMenu(item.functionName),
    })),
  }));
  const extensions: MenuEntry[] = [
    {
      label: 'Add-ons',
      action: () => undefined,
      disabled: true,
      hint: 'Not emulated in the playground',
    },
    {
      label: 'Apps Script',
      action: () => undefined,
      disabled: true,
      hint: 'Not emulated in the playground',
    },
    ...(addons.length ? ['separator' as const, ...addons] : []),
  ];
  menuBar.render(
    [
      { label: 'File', entries: file },
      { label: 'Extensions', entries: extensions },
    ],
    ['Edit', 'View', 'Insert', 'Format', 'Data', 'Tools', 'Help'],
  );
}

function showSheet(name: string, keep: boolean): void {
  if (!state) return;
  const sheet = state.view.sheets.find((s) => s.name === name);
  if (!sheet) return;
  current = name;
  renderTabs(byId('tabs'), state.view.sheets, current, (n) => showSheet(n, n === current));
  grid.show(sheet, keep);
}

let queue: Promise<void> = Promise.resolve();

/** Serialised, so a burst of sidebar calls cannot render an older view last. */
function refresh(): Promise<void> {
  queue = queue.then(render).catch((err: unknown) => {
    errorToast(`Could not reach the playground server: ${String(err)}`);
  });
  return queue;
}

async function render(): Promise<void> {
  const next = await fetchState();
  if (!next) return;
  const first = !state;
  const fresh = first || next.generation !== state?.generation;
  const previousActive = state?.view.activeSheet;
  state = next;
  if (fresh) {
    // A page (re)loaded now did not see earlier toasts happen; a new workbook's own do show.
    toastsSeen = first ? next.ui.toasts.length : 0;
    alertsSeen = first ? next.ui.alerts.length : 0;
  }
  document.title = `${next.view.name} - Funnel SLA playground`;
  byId('file-name').textContent = next.view.name;
  menus(next);
  const visible = next.view.sheets.filter((s) => !s.hidden).map((s) => s.name);
  // Follow the add-on when it activates a tab; otherwise stay where the user is.
  let target = current;
  if (fresh || !visible.includes(current) || next.view.activeSheet !== previousActive) {
    target = visible.includes(next.view.activeSheet) ? next.view.activeSheet : (visible[0] ?? '');
  }
  showSheet(target, !fresh && target === current);
  sidebar.render(next.ui.sidebar);
  for (const toast of next.ui.toasts.slice(toastsSeen)) showToast(toastStack, toast);
  toastsSeen = next.ui.toasts.length;
  alerts.push(next.ui.alerts.slice(alertsSeen));
  alertsSeen = next.ui.alerts.length;
}

window.addEventListener('message', (e: MessageEvent<ShimMessage>) => {
  if (e.origin !== window.location.origin || e.data?.source !== 'funnel-sla-shim') return;
  if (e.data.type === 'ran') void refresh();
  else if (e.data.type === 'close') void closeSidebar();
  else if (e.data.type === 'focus-editor') grid.focus();
});

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  fileInput.value = '';
  if (file) void fileAction(() => uploadXlsx(file));
});

void refresh().then(() => grid.focus());
