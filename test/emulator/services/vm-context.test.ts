import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { makeClock } from '../../../dev/emulator/services/clock';
import { createServices } from '../../../dev/emulator/services/index';
import { htmlDir, NOW } from './helpers';

function inContext(authMode: () => 'FULL' | 'NONE' = () => 'FULL') {
  const context = vm.createContext({});
  const services = createServices({
    htmlDir: htmlDir(),
    clock: makeClock(NOW),
    userEmail: 'ana@example.com',
    timeZone: 'Europe/Berlin',
    context,
    authMode,
  });
  Object.assign(context, services.globals);
  return { context, services, run: (code: string) => vm.runInContext(code, context) };
}

describe('createServices in a vm context', () => {
  it('installs every global the add-on uses', () => {
    const { run } = inContext();
    expect(
      run(`[typeof HtmlService, typeof PropertiesService, typeof CacheService, typeof LockService,
            typeof ScriptApp, typeof Session, typeof Utilities, typeof UrlFetchApp, typeof Logger,
            typeof console.log].join()`),
    ).toBe(
      Array(10)
        .fill('object')
        .join()
        .replace(/object$/, 'function'),
    );
  });

  it('throws errors of the context, named Exception, so add-on catch blocks work', () => {
    const { run } = inContext();
    const r = run(`
      try { LockService.getScriptLock(); CacheService.getScriptCache().put('k'.repeat(300), 'v'); 'no error' }
      catch (e) { [e instanceof Error, e.name, e.message, String(e)].join('|') }`);
    expect(r).toBe('true|Exception|Argument too large: key|Exception: Argument too large: key');
  });

  it('returns dates of the context and sees the fixed clock', () => {
    const { run } = inContext();
    expect(
      run(`var d = Utilities.parseDate('2026-01-02', 'Etc/UTC', 'yyyy-MM-dd');
           [d instanceof Date, Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd HH:mm')].join()`),
    ).toBe('true,2026-07-15 11:00');
  });

  it('gates services by the execution’s auth mode', () => {
    let mode: 'FULL' | 'NONE' = 'NONE';
    const { run } = inContext(() => mode);
    expect(run(`try { PropertiesService.getUserProperties(); 'ok' } catch (e) { e.message }`)).toBe(
      'You do not have permission to call PropertiesService.getUserProperties',
    );
    expect(run(`Utilities.formatDate(new Date(0), 'Etc/UTC', 'yyyy')`)).toBe('1970');
    mode = 'FULL';
    expect(
      run(`PropertiesService.getUserProperties().setProperty('a', 'b').getProperty('a')`),
    ).toBe('b');
  });
});

describe('attach after the context exists (dev/bundle.ts order)', () => {
  it('switches realm, clock and templates to the context', () => {
    const services = createServices({
      htmlDir: htmlDir({ 'T.html': '<?= hello() ?>' }),
      clock: makeClock(NOW),
      userEmail: 'ana@example.com',
    });
    const context = vm.createContext({ ...services.globals });
    vm.runInContext('function hello() { return "hi from the script"; }', context);
    services.state.attach(context);
    expect(
      vm.runInContext(
        `[new Date().toISOString(), HtmlService.createTemplateFromFile('T').evaluate().getContent(),
          (function () { try { LockService.getScriptLock().waitLock(-1); return 'x'; }
            catch (e) { return 'x'; } })(),
          (function () { try { Utilities.base64Decode('!'); } catch (e) { return e instanceof Error; } })()].join()`,
        context,
      ),
    ).toBe(`${new Date(NOW).toISOString()},hi from the script,x,true`);
  });
});
