import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { type ServerMetrics, createServerMetrics } from './server-metrics.ts';

// The real app behind a real Node server, counting into its own registry.
const site = useFixtureSite();
let server: ReturnType<typeof serve>;
let base: string;
let metrics: ServerMetrics;

beforeAll(async () => {
  metrics = createServerMetrics(() => site.repository);
  const app = createApp({ repository: () => site.repository, distDir: site.distDir, metrics });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** One sample of the Prometheus text, by its name and labels as written; 0 when absent. */
async function sample(series: string): Promise<number> {
  const text = await metrics.registry.metrics();
  const line = text.split('\n').find((entry) => entry.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/** Asks and waits until the answer has been counted (it is, once it has been sent). */
async function ask(path: string, series: string) {
  const before = await sample(series);
  await (await fetch(`${base}${path}`)).arrayBuffer();
  await expect.poll(() => sample(series)).toBe(before + 1);
}

describe('the server’s metrics', () => {
  it('count requests by route pattern and status, never by path', async () => {
    const slug = site.repository.listArticles({ page: 1, pageSize: 1 }).items[0].slug;
    await ask(`/api/articles/${slug}`, 'http_requests_total{route="/api/articles/:slug",method="GET",status="200"}');
    await ask(
      '/api/articles/no-such-article',
      'http_requests_total{route="/api/articles/:slug",method="GET",status="404"}',
    );
    await ask('/api/articles?page=0', 'http_requests_total{route="/api/articles",method="GET",status="400"}');
    await ask(`/news/${slug}`, 'http_requests_total{route="page:article",method="GET",status="200"}');
    await ask('/no/such/page', 'http_requests_total{route="other",method="GET",status="404"}');
    const text = await metrics.registry.metrics();
    expect(text).not.toContain(slug);
    expect(text).toContain('http_request_duration_seconds_count{route="page:article",method="GET"} 1');
  });

  it('do not count the API calls a page makes while it is rendered as requests', async () => {
    const api = 'http_requests_total{route="/api/articles",method="GET",status="200"}';
    const before = await sample(api);
    await ask('/forums/opening-ceremony', 'http_requests_total{route="page:forum",method="GET",status="200"}');
    expect(await sample(api)).toBe(before);
  });

  it('count hits and misses of the answer cache and the page cache', async () => {
    const answers = (result: string) => sample(`wiotc_cache_lookups_total{cache="answers",result="${result}"}`);
    const missesBefore = await answers('miss');
    await ask(
      '/api/topics?forum=opening-ceremony',
      'http_requests_total{route="/api/topics",method="GET",status="200"}',
    );
    expect(await answers('miss')).toBe(missesBefore + 1);
    const hitsBefore = await answers('hit');
    await ask(
      '/api/topics?forum=opening-ceremony',
      'http_requests_total{route="/api/topics",method="GET",status="200"}',
    );
    expect(await answers('hit')).toBe(hitsBefore + 1);

    const pages = (result: string) => sample(`wiotc_cache_lookups_total{cache="pages",result="${result}"}`);
    await ask('/topics/digital-economy', 'http_requests_total{route="page:topic",method="GET",status="200"}');
    const pageHits = await pages('hit');
    await ask('/topics/digital-economy', 'http_requests_total{route="page:topic",method="GET",status="200"}');
    expect(await pages('hit')).toBe(pageHits + 1);
  });

  it('tell the database version, the articles in each language and the event loop’s delay', async () => {
    expect(await sample(`wiotc_database_version{version="${site.repository.databaseVersion}"}`)).toBe(1);
    for (const lang of ['en', 'zh'] as const) {
      const total = site.repository.listArticles({ lang, page: 1, pageSize: 1 }).total;
      expect(await sample(`wiotc_articles{lang="${lang}"}`)).toBe(total);
    }
    expect(await metrics.registry.metrics()).toMatch(/^nodejs_eventloop_lag_p99_seconds \d/m);
  });
});
