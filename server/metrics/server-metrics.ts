import client from 'prom-client';
import type { ArticleRepository } from '../db/article-repository.ts';
import { LANGS } from '../../src/shared/languages.ts';

/** Which of the server's caches a lookup went to: API answers, or rendered pages. */
export type CacheName = 'answers' | 'pages';

/** Counts one lookup in a cache; the caches take this rather than the metrics themselves. */
export type CountLookup = (cache: CacheName, result: 'hit' | 'miss') => void;

// From a cached answer (a millisecond) to a page rendered under load (seconds).
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/**
 * One process's metrics, in a registry of its own (tests create many apps in
 * one process). Under WEB_CONCURRENCY the primary adds up every worker's; the
 * aggregator named on each metric says how.
 */
export function createServerMetrics(repository: () => ArticleRepository) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });

  const requests = new client.Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by route and method.',
    labelNames: ['route', 'method'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const lookups = new client.Counter({
    name: 'wiotc_cache_lookups_total',
    help: 'Lookups in the answer cache (API answers) and the page cache (rendered pages), by result.',
    labelNames: ['cache', 'result'] as const,
    registers: [registry],
  });
  // The two gauges below are read from the database on each scrape.
  new client.Gauge({
    name: 'wiotc_database_version',
    help: 'Processes serving each database version (its import time): 1 per process, added up over workers.',
    labelNames: ['version'] as const,
    registers: [registry],
    aggregator: 'sum',
    collect() {
      this.reset();
      this.set({ version: repository().databaseVersion }, 1);
    },
  });
  new client.Gauge({
    name: 'wiotc_articles',
    help: 'Published articles readers can see, by language.',
    labelNames: ['lang'] as const,
    registers: [registry],
    // Every worker reads the same database; during a switch, the larger count.
    aggregator: 'max',
    collect() {
      for (const lang of LANGS) {
        this.set({ lang }, repository().listArticles({ lang, page: 1, pageSize: 1 }).total);
      }
    },
  });

  return {
    registry,
    countLookup: ((cache, result) => lookups.inc({ cache, result })) satisfies CountLookup as CountLookup,
    /** Records one answered request. */
    observe(route: string, method: string, status: string, seconds: number) {
      requests.inc({ route, method, status });
      duration.observe({ route, method }, seconds);
    },
  };
}

export type ServerMetrics = ReturnType<typeof createServerMetrics>;
