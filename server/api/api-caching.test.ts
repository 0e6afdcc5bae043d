import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createApp } from '../app.ts';
import { importContent } from '../content/import-content.ts';
import { createLiveRepository } from '../db/live-repository.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

const site = useFixtureSite();

// Whether an answer survives a garbage collection can only be tested by asking for one.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

describe('API caching', () => {
  it('tags answers, lets caches keep them, and answers 304 to a matching tag', async () => {
    const first = await site.app.request('/api/articles?topic=supply-chain');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600');
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^W\/".+"$/);

    const again = await site.app.request('/api/articles?topic=supply-chain', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    expect(await again.text()).toBe('');

    const other = await site.app.request('/api/articles?topic=digital-health', { headers: { 'If-None-Match': tag } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(tag);
  });

  it('sends a whole answer even when memory is collected before it is read', async () => {
    // A URL no other test asks for, so that the answer is worked out, not taken from memory.
    const answer = await site.app.request('/api/articles?topic=supply-chain&page=1');
    // A few rounds, so that finalizers queued by the first collection run too.
    for (let round = 0; round < 3; round += 1) {
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(answer.status).toBe(200);
    expect((await answer.json()).items.length).toBeGreaterThan(0);
  });

  it('gives new tags after a new import', async () => {
    const live = createLiveRepository(site.databaseFile, { pollMs: 0 });
    onTestFinished(() => live.close());
    const app = createApp({ repository: live.current, distDir: site.distDir });
    const url = '/api/articles?topic=supply-chain';
    const before = await app.request(url);
    const oldTag = before.headers.get('etag')!;
    expect(oldTag).toMatch(/^W\/".+"$/);

    // The database's version is its import time: let the clock pass it first.
    await vi.waitFor(() => expect(Date.now()).toBeGreaterThan(Date.parse(live.current().databaseVersion)));
    expect((await importContent(site.contentDir, site.databaseFile)).ok).toBe(true);
    await expect(live.reload()).resolves.toBe(true);

    // A cache still holding the old answer must get the new one, not a 304.
    const after = await app.request(url, { headers: { 'If-None-Match': oldTag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(after.headers.get('etag')).not.toBe(oldTag);
    expect(await after.json()).toEqual(await before.json());
  });

  it('answers If-None-Match: * with 304 only for what exists (RFC 9110, 13.1.2)', async () => {
    const star = { headers: { 'If-None-Match': '*' } };
    const missing = await site.app.request('/api/articles/no-such-article', star);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('etag')).toBeNull();
    const invalid = await site.app.request('/api/articles?page=0', star);
    expect(invalid.status).toBe(400);
    expect((await site.app.request('/api/forums?lang=xx', star)).status).toBe(400);

    const existing = await site.app.request('/api/articles?topic=supply-chain', star);
    expect(existing.status).toBe(304);
    expect(existing.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(existing.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600');
    expect(await existing.text()).toBe('');
  });

  it('never caches errors', async () => {
    const response = await site.app.request('/api/articles?page=0');
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });
});
