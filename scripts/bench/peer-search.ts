import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { PAGE_SIZE_DEFAULT } from '../../src/shared/limits.ts';
import { SEPARATOR, queryPhrases } from '../../src/shared/search-text.ts';
import { latencySummary, percentile } from './percentiles.ts';
import type { PeerResult } from './run-peer-search.ts';
import { SEARCH_QUERY_SET, type SearchKind } from './search-query-set.ts';

// `node --expose-gc --import tsx scripts/bench/peer-search.ts --db FILE [--runs N]`:
// the same searches as our SQLite search, answered by MiniSearch held in memory.
// Meant to run alone in its own process (scripts/bench/run-peer-search.ts), so
// the memory it reports is the library's and this corpus's, nothing else's.
// Prints one JSON object (PeerResult) on stdout.

const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string', default: '25' } } });
if (!values.db) throw new Error('Usage: peer-search.ts --db <news.db> [--runs N]');
const RUNS = Number(values.runs);

type Lang = 'en' | 'zh';
type Doc = { id: number; title: string; summary: string; body: string };
const HAN = /\p{sc=Han}/u;

/** The indexed text of every article, and what the facets count, the way our index and tables hold them. */
function loadCorpus(file: string) {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare<[], Doc & { lang: Lang; forum: string }>(
      `SELECT f.rowid AS id, f.title, f.summary, f.body, a.lang, a.forum_slug AS forum
       FROM articles_fts f JOIN articles a ON a.id = f.rowid`,
    )
    .all();
  const topicRows = db.prepare<[], { id: number; topic: string }>(
    'SELECT article_id AS id, topic_slug AS topic FROM article_topics',
  );
  // Arrays indexed by article id: the quickest lookup plain JavaScript has, so the facets cost what they must.
  const topicsOf: string[][] = [];
  for (const { id, topic } of topicRows.iterate()) (topicsOf[id] ??= []).push(topic);
  db.close();
  const docsOf: Record<Lang, Doc[]> = { en: [], zh: [] };
  const forumOf: string[] = [];
  for (const { lang, forum, ...doc } of rows) {
    docsOf[lang].push(doc);
    forumOf[doc.id] = forum;
  }
  return { docsOf, forumOf, topicsOf, count: rows.length };
}

// MiniSearch splits on spaces and punctuation; our stored Chinese text has
// U+200B between words (src/shared/search-text.ts), which is neither, so it is
// a separator here too, and both engines see the same Chinese words.
const INDEX_SPLIT = new RegExp(`[\\n\\r\\p{Z}\\p{P}${SEPARATOR}]+`, 'u');

const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 10, summary: 4, body: 1 }, // our bm25 weights
  combineWith: 'AND',
  // A query is cut into words as ours is, so 量子通信 asks for the words the index holds.
  tokenize: (query) => queryPhrases(query).flatMap((phrase) => phrase.tokens),
  // As ours: the last word, and any Chinese word, also matches as a prefix (开幕 finds 开幕式).
  prefix: (term, index, terms) => index === terms.length - 1 || HAN.test(term),
  // Edits allowed: a fifth of the word's length, rounded (platfrom, 8 letters: 2).
  // Latin words only: one edit in a 3-character Chinese
  // word is another word (物联网, 互联网), which no reader means.
  fuzzy: (term) => (HAN.test(term) ? false : 0.2),
};

const OPTIONS: Options<Doc> = {
  fields: ['title', 'summary', 'body'],
  storeFields: [], // results carry ids only; the text stays in the database, as with ours
  tokenize: (text) => text.split(INDEX_SPLIT).filter(Boolean),
  searchOptions: SEARCH_OPTIONS,
};

const mebibytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
function memory() {
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapMiB: mebibytes(heapUsed), rssMiB: mebibytes(rss) };
}

const corpus = loadCorpus(values.db);
const loaded = memory();

// One index per language: every search keeps to one language, as the site's
// do, and a separate index is the best a MiniSearch user can do for that. A
// shared index with a `filter` would score the other language's matches and
// then throw them away, and fuzzy and prefix would walk its words too.
// Built in a function of its own: a value left in this module's frame could
// keep the text alive, and the memory reading would count it.
function buildIndexes() {
  const started = performance.now();
  const indexes = {} as Record<Lang, MiniSearch<Doc>>;
  for (const lang of ['en', 'zh'] as const) {
    indexes[lang] = new MiniSearch<Doc>(OPTIONS);
    indexes[lang].addAll(corpus.docsOf[lang]);
  }
  // A server would keep the index, not the text it was built from.
  corpus.docsOf = { en: [], zh: [] };
  return { indexes, buildMs: performance.now() - started };
}

const { indexes, buildMs } = buildIndexes();
const built = memory();

/** Matching articles per forum and per topic, like our facet endpoints. */
function facetCounts(ids: number[]) {
  const forums = new Map<string, number>();
  const topics = new Map<string, number>();
  for (const id of ids) {
    const forum = corpus.forumOf[id];
    forums.set(forum, (forums.get(forum) ?? 0) + 1);
    for (const topic of corpus.topicsOf[id] ?? []) topics.set(topic, (topics.get(topic) ?? 0) + 1);
  }
  return { forums, topics };
}

const perQuery = SEARCH_QUERY_SET.map(({ kind, q, lang }) => {
  const times: number[] = [];
  const searchTimes: number[] = [];
  let total = 0;
  let topIds: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    // MiniSearch has no count and no paging: it scores and sorts every match,
    // so the total, the first page and the facets all come from the whole list.
    const results = indexes[lang].search(q);
    const ids = results.map((result) => result.id as number);
    const searched = performance.now();
    facetCounts(ids);
    total = ids.length;
    topIds = ids.slice(0, PAGE_SIZE_DEFAULT);
    if (run === 0) continue; // warm-up
    times.push(performance.now() - started);
    searchTimes.push(searched - started);
  }
  return { kind, q, lang, total, ...latencySummary(times), searchP50Ms: latencySummary(searchTimes).p50Ms, topIds };
});

const perKind: PeerResult['perKind'] = {};
for (const kind of new Set<SearchKind>(perQuery.map((query) => query.kind))) {
  const queries = perQuery.filter((query) => query.kind === kind);
  const medians = queries.map((query) => query.p50Ms);
  perKind[kind] = { p50Ms: percentile(medians, 0.5), p99Ms: Math.max(...queries.map((query) => query.p99Ms)) };
}

const result: PeerResult = {
  library: 'MiniSearch 7.2.0',
  articles: corpus.count,
  runs: RUNS,
  buildMs: Math.round(buildMs),
  ...built,
  loaded,
  afterSearching: memory(),
  peakRssMiB: mebibytes(process.resourceUsage().maxRSS * 1024),
  perKind,
  perQuery,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
