/**
 * The shipped artifact itself: build/Code.js (run `npm run build` first; `npm test` does).
 */
import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CODE_PATH, type LoadedBundle, loadBundle } from '../dev/bundle';
import { CUSTOM_FUNCTIONS } from '../src/functions/registry';
import { ENTRY_POINTS } from '../src/server/entrypoints';

const SERVICES = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'ScriptApp',
  'UrlFetchApp',
  'Session',
  'CacheService',
  'LockService',
  'Utilities',
  'Logger',
  'DriveApp',
];

let bundle: LoadedBundle;

beforeAll(() => {
  if (!existsSync(DEFAULT_CODE_PATH))
    throw new Error('build/Code.js is missing: run `npm run build`');
  bundle = loadBundle();
});

describe('Code.js in a bare V8 context', () => {
  it('loads with no Node globals and no Apps Script services defined', () => {
    const probe = vm.runInContext(
      '[typeof process, typeof require, typeof Buffer, typeof setTimeout, typeof module, typeof exports, typeof SpreadsheetApp]',
      bundle.context,
    );
    expect([...probe]).toEqual(new Array(7).fill('undefined'));
  });

  it('touches no service at load time (every service is a trap that records access)', () => {
    const touched: string[] = [];
    const trap = (name: string) =>
      new Proxy(
        {},
        {
          get(_t, prop) {
            touched.push(`${name}.${String(prop)}`);
            throw new Error(`${name} used at load time`);
          },
        },
      );
    loadBundle({ globals: Object.fromEntries(SERVICES.map((s) => [s, trap(s)])) });
    expect(touched).toEqual([]);
  });

  it('exposes exactly the custom functions and entry points as global functions', () => {
    // Sheets can call any global function from a cell and google.script.run any
    // global function not ending in "_": so this set must be exact.
    const expected = [...CUSTOM_FUNCTIONS.map((f) => f.name), ...Object.keys(ENTRY_POINTS)].sort();
    const functions = bundle
      .globalNames()
      .filter((n) => typeof (bundle.context as Record<string, unknown>)[n] === 'function');
    expect(functions).toEqual(expected);
  });

  it("defines no other globals than the FunnelSLA_ namespace (and zod's config object)", () => {
    // zod v4 stores its global config on globalThis when loaded: a plain object
    // nobody can call. Anything else appearing here is a leak of the bundle.
    const allowed = new Set(['FunnelSLA_', '__zod_globalConfig']);
    const others = bundle
      .globalNames()
      .filter((n) => typeof (bundle.context as Record<string, unknown>)[n] !== 'function');
    expect(others.filter((n) => !allowed.has(n))).toEqual([]);
    expect(others).toContain('FunnelSLA_');
  });

  it('runs custom functions without any service (custom functions may not authorize)', () => {
    expect(bundle.call('REQUIRED_MQLS', [210_000, 10_000, 0.7])).toBe(30);
    expect(bundle.call('REQUIRED_VISITS', [1_200_000, 24_000, [[0.02, 0.3, 0.5, 0.4, 0.25]]])).toBe(
      166_700,
    );
  });

  it('contains no import/export/require/process and no HyperFormula or test code', () => {
    const src = bundle.source;
    expect(src).not.toMatch(/^\s*(import|export)\s/m);
    expect(src).not.toMatch(/\bimport\s*\(/);
    expect(src).not.toMatch(/(?<![.\w$])require\s*\(/);
    expect(src).not.toMatch(/(?<![.\w$])process\s*[.[]/);
    expect(src).not.toMatch(/hyperformula|handsontable|fast-check|vitest/i);
  });
});

describe('translations in Code.js', () => {
  it('are JSON strings without sidebar.* keys, in both halves: nothing built at load but English', () => {
    const src = bundle.source;
    // An object literal of a translation would start like this (the German catalog's first key).
    expect(src).not.toMatch(/=\{"actuals\.skip\.blankRow":"Zeile/);
    expect(src).toMatch(/actuals\.skip\.blankRow\\?":\\?"Zeile/); // …but the text is there, as a string
    // German sidebar.* keys ship in Sidebar.html only (English keeps them: it is the key source).
    expect(src).not.toMatch(/sidebar\.heading\\?":\\?"Vertriebs/);
  });

  it('are in Code.js once: the server string reads the custom-function half’s (FunnelSLA_.catalogs)', () => {
    const src = bundle.source;
    expect(src.split('Zeile {row} ist leer').length - 1).toBe(1);
    for (const lang of ['de', 'pl', 'fi', 'id', 'zh'])
      expect(src).toContain(`FunnelSLA_.catalogs.${lang}`);
  });
});

describe('custom function JSDoc (what Sheets autocomplete shows)', () => {
  it('finds every registry function, in order, as a @customfunction wrapper', () => {
    expect(bundle.customFunctions().map((f) => f.name)).toEqual(
      CUSTOM_FUNCTIONS.map((f) => f.name),
    );
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))(
    '%s has a complete JSDoc block',
    (name, spec) => {
      const found = bundle.customFunctions().find((f) => f.name === name);
      expect(found).toBeDefined();
      const lines = (found?.jsdoc ?? '')
        .split('\n')
        .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').trim())
        .filter(Boolean);
      // A one-line description first.
      expect(lines[0]).toBe(spec.summary);
      expect(lines[0]).not.toMatch(/^@/);
      // Wrapper parameters are the registry's, each with a typed, described @param.
      expect(found?.params).toEqual(spec.params.map((p) => p.name));
      const params = lines.filter((l) => l.startsWith('@param'));
      expect(params).toHaveLength(spec.params.length);
      spec.params.forEach((p, i) => {
        // Sheets ignores [name] syntax, so an optional parameter says so in its text.
        const text = p.optional ? 'Optional\\. \\S.+' : '\\S.+';
        expect(params[i]).toMatch(new RegExp(`^@param \\{[^}]+\\} ${p.name} ${text}`));
      });
      expect(lines.find((l) => l.startsWith('@return'))).toMatch(/^@return \S.+/);
      expect(lines).toContain('@customfunction');
    },
  );

  it('summaries are one line and every function has an example formula calling it', () => {
    for (const f of CUSTOM_FUNCTIONS) {
      expect(f.summary).not.toMatch(/\n/);
      expect(f.example.startsWith(`=${f.name}(`)).toBe(true);
    }
  });
});
