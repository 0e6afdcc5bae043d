import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureSite } from '../test/fixture-site.ts';
import { importContent } from '../content/import-content.ts';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';

let site: Awaited<ReturnType<typeof createFixtureSite>>;
beforeAll(async () => {
  site = await createFixtureSite();
});
afterAll(() => site.close());

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

  it('gives new tags after a new import', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later import time
    expect((await importContent(site.contentDir, site.databaseFile)).ok).toBe(true);
    const db = openDatabase(site.databaseFile);
    const reopened = createArticleRepository(db);
    expect(reopened.version).not.toBe(site.repository.version);
    db.close();
  });

  it('never caches errors', async () => {
    const response = await site.app.request('/api/articles?page=0');
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
  });
});
