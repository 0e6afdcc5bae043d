import { parseArgs } from 'node:util';
import { createArticleRepository } from '../../server/db/article-repository.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { forgettingSearches } from './forgetting-searches.ts';
import { latencySummary } from './percentiles.ts';
import { SEARCH_QUERY_SET, type SearchKind } from './search-query-set.ts';

// `node --expose-gc --import tsx scripts/bench/sqlite-search.ts --db FILE [--runs N]`:
// our search over the imported database, in-process and without the API or
// its answer cache, measured exactly as scripts/bench/peer-search.ts measures
// the peer library, so the two sit side by side in one table. Run alone in
// its own process (run-sqlite-search.ts) so its memory is the search's.
// Prints one JSON object on stdout.

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '25' } } });
if (!values.db) throw new Error('Usage: sqlite-search.ts --db <news.db> [--runs N]');
const RUNS = Number(values.runs);

const mebibytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
function memory() {
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapMiB: mebibytes(heapUsed), rssMiB: mebibytes(rss) };
}

const beforeOpening = memory();
const openStarted = performance.now();
const repository = createArticleRepository(openDatabase(values.db));
// As a search worker does before it takes a search: the counts per article and the vocabulary.
repository.prepareSearch();
const openMs = performance.now() - openStarted;
const opened = memory();

// What the search page asks for: the first page of matches, and the forum and topic counts.
function searchOnce(q: string, lang: 'en' | 'zh') {
  repository.listArticles({ lang, page: 1, pageSize: 12, q });
  repository.listForums({ lang, q });
  repository.listTopics({ lang, q });
}

let forgotten = 0;
const perQuery = SEARCH_QUERY_SET.map(({ kind, q, lang }) => {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // Untimed: so that the engine searches again rather than recall the previous run.
    for (const word of forgettingSearches(forgotten++))
      repository.listArticles({ lang, page: 1, pageSize: 12, q: word });
    const started = performance.now();
    searchOnce(q, lang);
    if (run > 0) times.push(performance.now() - started); // the first is a warm-up, as the peer's
  }
  return { kind, q, lang, ...latencySummary(times) };
});

// As the peer reports it: the median query's median, and the slowest query's p99.
const perKind: Partial<Record<SearchKind, { p50Ms: number; p99Ms: number }>> = {};
for (const kind of new Set(perQuery.map((query) => query.kind))) {
  const queries = perQuery.filter((query) => query.kind === kind);
  perKind[kind] = {
    p50Ms: latencySummary(queries.map((query) => query.p50Ms)).p50Ms,
    p99Ms: Math.max(...queries.map((query) => query.p99Ms)),
  };
}

process.stdout.write(
  `${JSON.stringify({
    runs: RUNS,
    openMs: Math.round(openMs),
    beforeOpening,
    opened,
    // After every search ran once: SQLite's page cache then holds what searching reads.
    ...memory(),
    peakRssMiB: mebibytes(process.resourceUsage().maxRSS * 1024),
    perKind,
    perQuery,
  })}\n`,
);
