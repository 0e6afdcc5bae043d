import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from './test/use-fixture-site.ts';

const site = useFixtureSite();

describe('serving the built app', () => {
  it('answers deep links with the app, which browsers check again every time', async () => {
    for (const url of [
      '/',
      '/news/hospitals-plan-connected-wards',
      '/forums/energy-session',
      '/?page=2',
      '/search?q=x',
    ]) {
      const response = await site.app.request(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(/^public, max-age=0, /);
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const response = await site.app.request('/assets/entry-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Never revalidated, so nothing to revalidate with.
    expect(response.headers.get('last-modified')).toBeNull();
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // Scripts are always read as UTF-8: no charset parameter to send.
    expect(response.headers.get('content-type')).toBe('text/javascript');
  });

  it('sends scripts and stylesheets without the page-only security headers, and pages with them', async () => {
    const script = await site.app.request('/assets/entry-abc123.js');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    for (const pageOnly of ['content-security-policy', 'permissions-policy', 'x-frame-options'])
      expect(script.headers.get(pageOnly), pageOnly).toBeNull();
    // The service worker's script is a worker, to which the policy applies.
    expect((await site.app.request('/sw.js')).headers.get('content-security-policy')).toContain("script-src 'self'");

    const page = await site.app.request('/');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('compresses API responses', async () => {
    const response = await site.app.request('/api/articles', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = new Response(response.body!.pipeThrough(new DecompressionStream('gzip')));
    expect((await body.json()).total).toBe(14);
  });

  it('serves covers from the database with long-lived caching', async () => {
    // Preview cards are drawn at import and stored in the database.
    const { cardSrc } = site.repository.getShareInfo('en', 'hospitals-plan-connected-wards')!;
    const card = await site.app.request(cardSrc);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/jpeg');
    expect(card.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const stored = site.repository.getMedia(cardSrc.replace('/media/', ''))!;
    const served = Buffer.from(await card.arrayBuffer());
    expect(served.equals(stored.data)).toBe(true);
    expect(await sharp(served).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });

    expect((await site.app.request('/media/covers/nothing.svg')).status).toBe(404);
  });

  it('draws generated covers as the SVG and as WebP at the widths of their srcset, with long-lived caching', async () => {
    const list = await (await site.app.request('/api/articles?pageSize=1')).json();
    const { src, srcset, width, height } = list.items[0].cover;
    const svg = await site.app.request(src);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await svg.text()).toMatch(/^<svg /);

    const files: string[] = srcset.split(', ').map((candidate: string) => candidate.split(' ')[0]);
    expect(files).toHaveLength(3);
    for (const file of files) {
      const response = await site.app.request(file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const drawn = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      // The width the name says, in the cover's proportions.
      const named = Number(/-(\d+)\.webp$/.exec(file)![1]);
      expect([drawn.format, drawn.width, drawn.height]).toEqual(['webp', named, Math.round((named * height) / width)]);
    }
    // Only the widths a srcset offers: any other would have the server draw whatever it is asked.
    expect((await site.app.request(files[0].replace(/-\d+\.webp$/, '-640.webp'))).status).toBe(404);
  });

  it('keeps the build’s own files (dot-folders such as .vite) to itself', async () => {
    // The build's manifest, which the server reads from disk: it maps every source file to its chunk.
    mkdirSync(path.join(site.distDir, '.vite'), { recursive: true });
    writeFileSync(path.join(site.distDir, '.vite', 'manifest.json'), '{"src/main.tsx":{"file":"assets/main.js"}}');
    writeFileSync(path.join(site.distDir, '.env'), 'SECRET=1');
    for (const url of [
      '/.vite/manifest.json',
      '/%2Evite/manifest.json',
      '/.vite/',
      '/assets/../.vite/manifest.json',
      '/.env',
    ]) {
      const response = await site.app.request(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('src/main.tsx');
    }
    mkdirSync(path.join(site.distDir, '.well-known'), { recursive: true });
    writeFileSync(path.join(site.distDir, '.well-known', 'security.txt'), 'Contact: mailto:security@example.org\n');
    expect(await (await site.app.request('/.well-known/security.txt')).text()).toContain('Contact:');
  });

  it('reports health', async () => {
    const response = await site.app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', articles: 18 });
  });
});
