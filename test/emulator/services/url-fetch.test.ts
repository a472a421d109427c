import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClock } from '../../../dev/emulator/services/clock';
import { NOW, setup, thrown } from './helpers';
import { startServer } from './http-server';

let base = '';
let stop: () => Promise<number>;
const services = setup();
const { UrlFetchApp } = services.globals;

beforeAll(async () => {
  ({ base, stop } = await startServer());
});
afterAll(async () => {
  services.state.close();
  await stop();
});

describe('UrlFetchApp (synchronous, against 127.0.0.1)', () => {
  it('GETs synchronously and exposes code, text, headers and blob', () => {
    const res = UrlFetchApp.fetch(`${base}/json`);
    expect(res.getResponseCode()).toBe(200);
    expect(JSON.parse(res.getContentText())).toEqual({ ok: true, stage: 'MQL' });
    expect(res.getHeaders()).toMatchObject({ 'Content-Type': 'application/json; charset=utf-8' });
    expect((res.getAllHeaders() as Record<string, unknown>)['Set-Cookie']).toEqual(['a=1', 'b=2']);
    expect(res.getContent()[0]).toBe('{'.charCodeAt(0));
    expect(res.getBlob().getContentType()).toBe('application/json; charset=utf-8');
    expect(res.getBlob().getName()).toBe('json');
  });

  it('sends method, headers, contentType and payloads as Apps Script does', () => {
    const json = JSON.parse(
      UrlFetchApp.fetch(`${base}/echo`, {
        method: 'post',
        contentType: 'application/json',
        headers: { Authorization: 'Bearer t0k3n' },
        payload: JSON.stringify({ limit: 1 }),
      }).getContentText(),
    );
    expect(json).toMatchObject({
      method: 'POST',
      type: 'application/json',
      auth: 'Bearer t0k3n',
      body: '{"limit":1}',
    });
    expect(json.agent).toContain('Google-Apps-Script');
    const form = JSON.parse(
      UrlFetchApp.fetch(`${base}/echo`, {
        method: 'post',
        payload: { name: 'Ana B', stage: 'SQL&more' },
      } as never).getContentText(),
    );
    expect(form).toMatchObject({
      type: 'application/x-www-form-urlencoded',
      body: 'name=Ana%20B&stage=SQL%26more',
    });
    const get = JSON.parse(
      UrlFetchApp.fetch(`${base}/echo`, { payload: 'ignored' }).getContentText(),
    );
    expect(get).toMatchObject({ method: 'GET', body: '' });
  });

  it('throws Google’s message for HTTP errors unless muteHttpExceptions', () => {
    const err = thrown(() => UrlFetchApp.fetch(`${base}/status/404?body=missing`));
    expect(err.name).toBe('Exception');
    expect(err.message).toBe(
      `Request failed for ${base} returned code 404. Truncated server response: missing (use muteHttpExceptions option to examine full response)`,
    );
    const long = 'x'.repeat(300);
    expect(thrown(() => UrlFetchApp.fetch(`${base}/status/500?body=${long}`)).message).toBe(
      `Request failed for ${base} returned code 500. Truncated server response: ${'x'.repeat(147)}... (use muteHttpExceptions option to examine full response)`,
    );
    const muted = UrlFetchApp.fetch(`${base}/status/503?body=later`, { muteHttpExceptions: true });
    expect(muted.getResponseCode()).toBe(503);
    expect(muted.getContentText()).toBe('later');
  });

  it('follows redirects unless followRedirects is false', () => {
    expect(UrlFetchApp.fetch(`${base}/redirect`).getContentText()).toContain('"ok":true');
    const raw = UrlFetchApp.fetch(`${base}/redirect`, { followRedirects: false });
    expect(raw.getResponseCode()).toBe(302);
    expect(raw.getHeaders()).toMatchObject({ Location: '/json' });
  });

  it('decodes text with the response charset', () => {
    expect(UrlFetchApp.fetch(`${base}/latin1`).getContentText()).toBe('café');
  });

  it('fetchAll runs requests in parallel and keeps their order', () => {
    const start = Date.now();
    const res = UrlFetchApp.fetchAll([
      `${base}/slow?ms=400&id=1`,
      { url: `${base}/slow?ms=400&id=2` },
      { url: `${base}/status/404`, muteHttpExceptions: true },
      `${base}/slow?ms=400&id=3`,
    ]);
    expect(Date.now() - start).toBeLessThan(1100);
    expect(res.map((r) => r.getContentText())).toEqual(['slow 1', 'slow 2', 'nope', 'slow 3']);
  });

  it('reports unreachable hosts and bad URLs with Google’s messages', () => {
    expect(thrown(() => UrlFetchApp.fetch('http://127.0.0.1:1/x')).message).toBe(
      'Address unavailable: http://127.0.0.1:1/x',
    );
    expect(thrown(() => UrlFetchApp.fetch('not a url')).message).toBe(
      'Invalid argument: not a url',
    );
  });

  it('counts calls against the daily quota (each fetchAll request counts)', () => {
    const clock = makeClock(NOW);
    const s = setup({ clock, urlFetch: { quota: 3 } });
    s.globals.UrlFetchApp.fetch(`${base}/json`);
    s.globals.UrlFetchApp.fetchAll([`${base}/json`, `${base}/json`]);
    expect(s.state.urlFetch.callsToday()).toBe(3);
    expect(thrown(() => s.globals.UrlFetchApp.fetch(`${base}/json`)).message).toBe(
      'Service invoked too many times for one day: urlfetch.',
    );
    clock.advance(24 * 3600 * 1000);
    expect(s.globals.UrlFetchApp.fetch(`${base}/json`).getResponseCode()).toBe(200);
    expect(s.state.urlFetch.log.map((r) => r.code)).toEqual([200, 200, 200, 200]);
    s.state.close();
  });

  it('needs the external_request scope and full authorization', () => {
    const scoped = setup({
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
    });
    expect(() => scoped.globals.UrlFetchApp.fetch(`${base}/json`)).toThrow(
      'You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request',
    );
    const limited = setup({ authMode: () => 'LIMITED' });
    expect(() => limited.globals.UrlFetchApp.fetch(`${base}/json`)).toThrow(
      'You do not have permission',
    );
  });

  it('can refuse loopback addresses as Google’s servers do', () => {
    const strict = setup({ urlFetch: { allowLoopback: false } });
    expect(() => strict.globals.UrlFetchApp.fetch(`${base}/json`)).toThrow(
      `DNS error: ${base}/json`,
    );
  });
});
