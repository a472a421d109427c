/**
 * HtmlService: outputs from strings and from `<htmlDir>/<name>.html` files,
 * templates with scriptlets, and the HtmlOutput settings a sidebar or dialog
 * uses (title, size, sandbox and X-Frame-Options modes, meta tags).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GHtmlOutput, GHtmlService, GHtmlTemplate } from '../../../src/gas/surface';
import { BlobImpl } from './blob';
import { declared, enumName, makeEnum } from './enums';
import { compileTemplate, escapeHtml, type TemplateEvaluator } from './html-template';
import { gasError, type Realm } from './realm';

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT']);

class MetaTag {
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getName(): string {
    return this.name;
  }
  getContent(): string {
    return this.content;
  }
}

/** Meta tags Apps Script accepts in addMetaTag; others throw. */
const META_NAMES = new Set([
  'apple-mobile-web-app-capable',
  'apple-mobile-web-app-title',
  'google-site-verification',
  'mobile-web-app-capable',
  'viewport',
]);

export class HtmlOutputImpl implements GHtmlOutput {
  private title = '';
  private width = 0;
  private height = 0;
  private favicon = '';
  private sandbox: string = 'IFRAME';
  private xFrame: string = 'DEFAULT';
  private readonly meta: MetaTag[] = [];

  constructor(
    private content: string,
    private readonly services: HtmlServiceImpl,
  ) {}

  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.content += escapeHtml(addedContent);
    return this;
  }
  clear(): this {
    this.content = '';
    return this;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): this {
    this.content = String(content);
    return this;
  }
  asTemplate(): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.content, this.services);
  }
  getBlob(): BlobImpl {
    return new BlobImpl(Buffer.from(this.content, 'utf8'), 'text/html', this.title || null);
  }
  getAs(contentType: string): BlobImpl {
    return this.getBlob().getAs(contentType);
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setWidth(width: number): this {
    this.width = Math.trunc(Number(width));
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  setHeight(height: number): this {
    this.height = Math.trunc(Number(height));
    return this;
  }
  getFaviconUrl(): string {
    return this.favicon;
  }
  setFaviconUrl(iconUrl: string): this {
    this.favicon = String(iconUrl);
    return this;
  }
  /** Only IFRAME remains in Apps Script; the others are accepted and ignored there too. */
  setSandboxMode(mode: unknown): this {
    this.sandbox = enumName(mode);
    return this;
  }
  getSandboxMode(): string {
    return this.sandbox;
  }
  setXFrameOptionsMode(mode: unknown): this {
    this.xFrame = enumName(mode);
    return this;
  }
  getXFrameOptionsMode(): string {
    return this.xFrame;
  }
  addMetaTag(name: string, content: string): this {
    if (!META_NAMES.has(String(name))) throw this.services.error(`Invalid argument: name`);
    this.meta.push(new MetaTag(String(name), String(content)));
    return this;
  }
  getMetaTags(): MetaTag[] {
    return [...this.meta];
  }
}

export class HtmlTemplateImpl implements GHtmlTemplate {
  /** Template variables are set as plain properties (`t.plan = …`). */
  [variable: string]: unknown;

  constructor(source: string, services: HtmlServiceImpl) {
    Object.defineProperty(this, '__source', { value: source, enumerable: false });
    Object.defineProperty(this, '__services', { value: services, enumerable: false });
  }

  private get src(): string {
    return (this as unknown as { __source: string }).__source;
  }

  private get svc(): HtmlServiceImpl {
    return (this as unknown as { __services: HtmlServiceImpl }).__services;
  }

  getRawContent(): string {
    return this.src;
  }

  getCode(): string {
    return compileTemplate(this.src);
  }

  getCodeWithComments(): string {
    return this.getCode();
  }

  evaluate(): HtmlOutputImpl {
    const vars: Record<string, unknown> = {};
    for (const k of Object.keys(this)) vars[k] = this[k];
    const html = this.svc.evaluator(compileTemplate(this.src), vars, escapeHtml);
    return new HtmlOutputImpl(html, this.svc);
  }
}

export class HtmlServiceImpl implements GHtmlService {
  readonly SandboxMode = declared<typeof GoogleAppsScript.HTML.SandboxMode>(SandboxMode);
  readonly XFrameOptionsMode =
    declared<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(XFrameOptionsMode);

  constructor(
    private readonly htmlDir: string,
    readonly evaluator: TemplateEvaluator,
    private readonly realm: Realm,
  ) {}

  error(message: string): Error {
    return gasError(this.realm, message);
  }

  /** `Sidebar` or `Sidebar.html` both name build/Sidebar.html, as in the Apps Script editor. */
  private read(filename: string): string {
    const base = String(filename).replace(/\.html$/, '');
    const path = join(this.htmlDir, `${base}.html`);
    if (!existsSync(path)) throw this.error(`No HTML file named ${base} was found.`);
    return readFileSync(path, 'utf8');
  }

  private text(source: unknown): string {
    if (source === undefined) return '';
    if (typeof source === 'string') return source;
    if (
      source &&
      typeof source === 'object' &&
      'getBlob' in source &&
      typeof source.getBlob === 'function'
    ) {
      return (source.getBlob() as GoogleAppsScript.Base.Blob).getDataAsString();
    }
    return String(source);
  }

  createHtmlOutput(html?: unknown): HtmlOutputImpl {
    return new HtmlOutputImpl(this.text(html), this);
  }

  /** Files are served as written: scriptlets in them are not evaluated. */
  createHtmlOutputFromFile(filename: string): HtmlOutputImpl {
    return new HtmlOutputImpl(this.read(filename), this);
  }

  createTemplate(html: unknown): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.text(html), this);
  }

  createTemplateFromFile(filename: string): HtmlTemplateImpl {
    return new HtmlTemplateImpl(this.read(filename), this);
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36 (Funnel SLA emulator)';
  }
}
