import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { makeClock } from '../../../dev/emulator/services/clock';
import { createServices } from '../../../dev/emulator/services/index';
import { htmlDir, NOW, setup, thrown } from './helpers';

describe('HtmlService', () => {
  it('serves <htmlDir>/<name>.html as written (scriptlets are not evaluated)', () => {
    const dir = htmlDir({ 'Sidebar.html': '<p><?= 1 + 1 ?></p>' });
    const { HtmlService } = setup({ htmlDir: dir }).globals;
    const out = HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('Funnel SLA')
      .setWidth(300);
    expect(out.getContent()).toBe('<p><?= 1 + 1 ?></p>');
    expect(out.getTitle()).toBe('Funnel SLA');
    expect(out.getWidth()).toBe(300);
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toContain('<p>');
  });

  it('throws Google’s message for a missing file', () => {
    const { HtmlService } = setup().globals;
    expect(thrown(() => HtmlService.createHtmlOutputFromFile('Nope')).message).toBe(
      'No HTML file named Nope was found.',
    );
  });

  it('builds outputs: append, appendUntrusted, clear, setContent, meta tags, modes', () => {
    const { HtmlService } = setup().globals;
    const out = HtmlService.createHtmlOutput('<b>a</b>')
      .append('<i>b</i>')
      .appendUntrusted('<script>x</script>')
      .setHeight(200)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect(out.getContent()).toBe('<b>a</b><i>b</i>&lt;script&gt;x&lt;/script&gt;');
    expect(out.getHeight()).toBe(200);
    expect(out.getXFrameOptionsMode()).toBe('ALLOWALL');
    expect(out.getMetaTags().map((m) => m.getName())).toEqual(['viewport']);
    expect(() => out.addMetaTag('refresh', '5')).toThrow('Invalid argument: name');
    expect(out.clear().getContent()).toBe('');
    expect(out.setContent('x').getBlob().getDataAsString()).toBe('x');
  });

  it('evaluates templates: <?= ?> escaped, <?!= ?> raw, <? ?> code, variables as properties', () => {
    const { HtmlService } = setup().globals;
    const t = HtmlService.createTemplate(
      '<h1><?= title ?></h1><? for (var i = 0; i < items.length; i++) { ?><li><?!= items[i] ?></li><? } ?><?= missing ?>',
    );
    t.title = 'Q1 <plan> & "goals"';
    t.items = ['<b>1</b>', 2];
    t.missing = null;
    expect(t.evaluate().getContent()).toBe(
      '<h1>Q1 &lt;plan&gt; &amp; &quot;goals&quot;</h1><li><b>1</b></li><li>2</li>',
    );
    expect(t.getRawContent()).toContain('<?= title ?>');
    expect(t.getCode()).toContain('__esc(title)');
  });

  it('templates from files can use output.append', () => {
    const dir = htmlDir({ 'Page.html': '<? output.append("<em>" + who + "</em>"); ?>!' });
    const { HtmlService } = setup({ htmlDir: dir }).globals;
    const t = HtmlService.createTemplateFromFile('Page');
    t.who = 'Ana';
    expect(t.evaluate().getContent()).toBe('<em>Ana</em>!');
  });

  it('in a vm context, scriptlets reach the script’s global functions', () => {
    const dir = htmlDir({
      'Page.html': '<style><?!= include("Style") ?></style><?= greet(name) ?>',
      'Style.html': 'p{color:red}',
    });
    const context = vm.createContext({});
    const { globals } = createServices({
      htmlDir: dir,
      clock: makeClock(NOW),
      userEmail: 'ana@example.com',
      context,
    });
    Object.assign(context, globals);
    vm.runInContext(
      `function include(n) { return HtmlService.createHtmlOutputFromFile(n).getContent(); }
       function greet(n) { return 'Hi ' + n + ' <3'; }
       var t = HtmlService.createTemplateFromFile('Page'); t.name = 'Ana';
       var html = t.evaluate().getContent();`,
      context,
    );
    expect(context.html).toBe('<style>p{color:red}</style>Hi Ana &lt;3');
  });
});
