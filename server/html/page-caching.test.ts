import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// Pages as a shared cache in front of the servers sees them (see deploy/nginx.conf).
const site = useFixtureSite();

const page = (path: string, headers: Record<string, string> = {}) =>
  site.app.request(`http://news.example.org${path}`, { headers });

describe('pages and the caches in front of the server', () => {
  it('may be kept by a shared cache for a minute, and served stale while it asks again or while the servers are down', async () => {
    const response = await page('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=600, stale-if-error=86400',
    );
    expect(response.headers.get('ETag')).toMatch(/^W\/"[\w-]{20}"$/);
  });

  it('answer a revalidation with 304 while the page is the same, whatever its encoding', async () => {
    const tag = (await page('/forums/opening-ceremony', { 'Accept-Encoding': 'br' })).headers.get('ETag')!;
    const again = await page('/forums/opening-ceremony', { 'If-None-Match': tag, 'Accept-Encoding': 'gzip' });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(tag);
    expect(again.headers.get('Vary')).toContain('Accept-Encoding');
    expect(await again.text()).toBe('');
    expect((await page('/forums/opening-ceremony', { 'If-None-Match': 'W/"something-else"' })).status).toBe(200);
  });

  it('give each page its own tag, and take it with or without W/, or as *', async () => {
    const tags = await Promise.all(
      ['/', '/forums/opening-ceremony', '/topics/digital-economy'].map(async (path) =>
        (await page(path)).headers.get('ETag'),
      ),
    );
    expect(new Set(tags).size).toBe(3);
    expect((await page('/', { 'If-None-Match': tags[0]!.replace(/^W\//, '') })).status).toBe(304);
    expect((await page('/', { 'If-None-Match': '*' })).status).toBe(304);
  });

  it('are not kept by shared caches, nor answered 304, when there is no such page', async () => {
    for (const headers of [{}, { 'If-None-Match': '*' }] as Record<string, string>[]) {
      const response = await page('/no/such/page', headers);
      expect(response.status).toBe(404);
      expect(response.headers.get('Cache-Control')).toBe('no-cache');
      expect(response.headers.get('ETag')).toBeNull();
    }
  });

  it('keep their tag from one render to the next, though their data says when it was fetched', async () => {
    const another = createApp({ repository: () => site.repository, distDir: site.distDir });
    const [first, second] = await Promise.all([
      page('/topics/digital-economy'),
      another.request('http://news.example.org/topics/digital-economy'),
    ]);
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'));
  });
});
