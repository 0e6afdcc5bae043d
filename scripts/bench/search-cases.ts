import { measurePeerSearch } from './run-peer-search.ts';
import { measureSqliteSearch } from './run-sqlite-search.ts';
import { middleArticle } from './middle-article.ts';
import type { Read } from './reads-load.ts';
import { measureSearchLatency } from './search-latency.ts';
import { searchReport } from './search-report.ts';
import { measureSearchStall } from './search-stall.ts';
import { publishReport } from './report-section.ts';
import { startServer } from './server-process.ts';
import { typedSearches } from './typed-searches.ts';

export type SearchCaseOptions = {
  databaseFile: string;
  count: number;
  /** Undefined when the import was skipped. */
  importSeconds: number | undefined;
  /** Runs of each query in the in-process comparison, the first a warm-up. */
  runs: number;
};

// Readers' load in the stall case: enough connections to keep both cores busy, bounded in time.
const READ_LOAD = { connections: 10, seconds: 10 };
const LATENCY_ROUNDS = 15;

async function expectOk(base: string, reads: Read[]) {
  for (const { path } of reads) {
    const response = await fetch(`${base}${path}`);
    await response.arrayBuffer();
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}; pages need the app built first ("npm run build").`);
  }
}

/** The search section of docs/benchmarks.md: uncached latency, the stall case, and ours beside a peer library. */
export async function runSearchCases({ databaseFile, count, importSeconds, runs }: SearchCaseOptions) {
  const started = performance.now();
  // Printed with the time so far: each part is bounded, and this shows by how much.
  const step = (what: string) => console.log(`[search ${((performance.now() - started) / 1000).toFixed(0)} s] ${what}`);

  // API_CACHE_MB=0 turns the answer cache off, so every round of every query is searched anew.
  step('Uncached search latency…');
  const uncachedServer = await startServer({ DATABASE_FILE: databaseFile, API_CACHE_MB: '0' });
  const latency = await measureSearchLatency(uncachedServer.base, LATENCY_ROUNDS).finally(() => uncachedServer.stop());

  // The readers' answers repeat, so this server keeps its usual cache; no search URL repeats, so none is cached.
  step('Reads alone, then reads while one client searches…');
  const server = await startServer({ DATABASE_FILE: databaseFile });
  const slug = middleArticle(databaseFile, 'en');
  const reads: Read[] = [
    { name: 'article', path: `/api/articles/${slug}` },
    { name: 'list', path: '/api/articles' },
    { name: 'page', path: `/news/${slug}` },
  ];
  let peakRssMiB = server.rssMiB();
  const sampler = setInterval(() => (peakRssMiB = Math.max(peakRssMiB, server.rssMiB())), 250);
  const stall = await expectOk(server.base, reads)
    .then(() => measureSearchStall(server.base, reads, typedSearches(databaseFile), READ_LOAD))
    .finally(() => {
      clearInterval(sampler);
      return server.stop();
    });

  step('Our search in-process…');
  const ours = await measureSqliteSearch(databaseFile, runs);
  step('The peer library in-process…');
  const peer = await measurePeerSearch(databaseFile, runs);
  step('Done.');

  publishReport(
    'search',
    searchReport({ count, importSeconds, latency, reads, readLoad: READ_LOAD, stall, peakRssMiB, ours, peer }),
  );
}
