import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleListSchema, problemSchema } from '../../src/shared/contract.ts';
import { createApp } from '../app.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { type SearchPool, SearchesOverloaded, createSearchPool } from './search-pool.ts';

// Searches on worker threads: the same answers as in line, and a fast refusal
// once the queue is full, while everything else is still served.

const site = useFixtureSite();
let pool: SearchPool;
beforeAll(async () => {
  pool = createSearchPool({ databaseFile: site.databaseFile, workers: 1, queueLimit: 2 });
  await pool.ready();
}, 60_000);
afterAll(() => pool.close());

const appWithPool = () =>
  createApp({ repository: () => site.repository, distDir: site.distDir, apiCacheBytes: 0, searches: pool.run });

describe('the search pool', () => {
  it('answers as the repository does in line', async () => {
    const query = { lang: 'en' as const, page: 1, pageSize: 12, q: 'grid' };
    const version = site.repository.databaseVersion;
    expect(await pool.run({ method: 'listArticles', query }, version)).toEqual(site.repository.listArticles(query));
    expect(await pool.run({ method: 'listTopics', query: { q: 'agriculure' } }, version)).toEqual(
      site.repository.listTopics({ q: 'agriculure' }),
    );
  });

  it('refuses searches beyond its queue at once, and only those', async () => {
    const calls = Array.from({ length: 8 }, (_, index) =>
      pool.run(
        { method: 'listArticles', query: { page: 1, pageSize: 12, q: `sensor ${index}` } },
        site.repository.databaseVersion,
      ),
    );
    const settled = await Promise.allSettled(calls);
    const refused = settled.filter((result) => result.status === 'rejected');
    expect(refused).toHaveLength(6);
    for (const result of refused) expect(result.reason).toBeInstanceOf(SearchesOverloaded);
    expect(pool.load()).toBe(0);
  });

  it('answers excess searches with 503, Retry-After and a problem, and still serves articles', async () => {
    const app = appWithPool();
    const searches = Array.from({ length: 8 }, (_, index) => app.request(`/api/articles?q=port${index}`));
    const article = app.request('/api/articles/ports-track-containers-in-real-time');
    const answers = await Promise.all(searches);
    const busy = answers.filter((answer) => answer.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThan(0);
    for (const answer of busy) {
      expect(answer.headers.get('retry-after')).toBe('1');
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(problemSchema.parse(await answer.json())).toMatchObject({ status: 503, title: 'Service Unavailable' });
    }
    expect((await article).status).toBe(200);
    const list = await app.request('/api/articles?q=grid');
    expect(articleListSchema.parse(await list.json()).total).toBeGreaterThan(0);
  });

  it('replaces a worker that stops, failing only the searches it held', async () => {
    const version = site.repository.databaseVersion;
    const held = pool.run({ method: 'listArticles', query: { page: 1, pageSize: 12, q: 'hospitals' } }, version);
    await pool.stopWorkerForTest(0);
    // Answered before it stopped, or failed: never left waiting.
    const outcome = await Promise.race([
      held.then(
        () => 'answered',
        (error: Error) => error.message,
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 10_000)),
    ]);
    expect(outcome).toMatch(/^answered$|search worker stopped/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const query = { page: 1, pageSize: 12, q: 'vaccines' };
    await expect(pool.run({ method: 'listArticles', query }, version)).resolves.toEqual(
      site.repository.listArticles(query),
    );
  });
});
