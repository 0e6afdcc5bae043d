import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite } from './test/fixture-site.ts';

let site: Awaited<ReturnType<typeof createFixtureSite>>;
const INDEX =
  '<!doctype html><html lang="en"><head><title>WIOTC News Center</title></head><body><div id="root"></div></body></html>';

beforeAll(async () => {
  site = await createFixtureSite();
  const dist = path.join(site.root, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), INDEX);
  writeFileSync(path.join(dist, 'assets', 'entry-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});
afterAll(() => site.close());

describe('serving the built app', () => {
  it('answers deep links with index.html, never cached', async () => {
    for (const url of ['/', '/news/hospitals-plan-connected-wards', '/forums/energy-session?page=2']) {
      const response = await site.app.request(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const response = await site.app.request('/assets/entry-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('compresses API responses', async () => {
    const response = await site.app.request('/api/articles', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = new Response(response.body!.pipeThrough(new DecompressionStream('gzip')));
    expect((await body.json()).total).toBe(14);
  });

  it('serves covers from the database with long-lived caching', async () => {
    const list = await (await site.app.request('/api/articles?pageSize=1')).json();
    const response = await site.app.request(list.items[0].cover.src);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toMatch(/^<svg /);
    expect((await site.app.request('/media/covers/nothing.svg')).status).toBe(404);
  });

  it('reports health', async () => {
    const response = await site.app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', articles: 14 });
  });
});
