import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { LANGS, type Lang } from '../../src/shared/languages.ts';
import { type PlannedPhrase, type SearchPlan, correctSpelling, planSearch } from '../../src/shared/search-plan.ts';
import type { BrowseFilters } from '../db/browse-queries.ts';
import type { Scope } from '../db/language-scope.ts';
import type { IdRange, Order } from '../db/search-queries.ts';
import { facetFilter, loadFacetTable, yearIdRange } from './facet-table.ts';
import type { FacetTally } from './facet-tally.ts';
import { anyFormExpression, exactExpression } from './fts-expression.ts';
import { loadIndexVocabulary } from './index-vocabulary.ts';
import type { PublicationSchedule } from '../db/publication-schedule.ts';
import { DEFAULT_SEARCH_LIMITS, type SearchLimits } from './search-limits.ts';
import { type ExactRows, type MatchRows, type Scan, type ScannedMatch, scanMatches } from './match-scan.ts';

export type Found = {
  /** What each language searched yielded. */
  scans: { lang: Lang; scan: Scan }[];
  tally: FacetTally;
  /** Whether every match was read: if not, the counts are estimates. */
  complete: boolean;
  /** The query searched instead of the one typed, whose words no article holds. */
  correctedQuery?: string;
  /** What was searched for, phrase by phrase: for marking where each article matched. */
  phrases: PlannedPhrase[];
  /** Every match in any form, as one MATCH expression: for pages past what was read. */
  anyForm: string;
  /** Orders already worked out, for the next page and the facet requests. */
  ordered: Map<Order, ScannedMatch[]>;
};

/** bm25 with weights for title, summary, body and forum and topic names: a word in the headline counts most. */
const RANK = 'bm25(articles_fts, 10.0, 4.0, 1.0, 5.0)';

const inRange = 'articles_fts MATCH @match AND rowid BETWEEN @first AND @last ORDER BY rowid DESC';

// Recent searches, kept whole so the list and its two count requests, which
// the app sends together, read the index once.
const REMEMBERED_SEARCHES = 64;

function sumTallies(tallies: FacetTally[]): FacetTally {
  const sum = <Key>(maps: Map<Key, number>[]) => {
    const total = new Map<Key, number>();
    for (const map of maps) for (const [key, count] of map) total.set(key, (total.get(key) ?? 0) + count);
    return total;
  };
  return {
    total: tallies.reduce((total, tally) => total + tally.total, 0),
    forums: sum(tallies.map((tally) => tally.forums)),
    topics: sum(tallies.map((tally) => tally.topics)),
    years: sum(tallies.map((tally) => tally.years)),
  };
}

/**
 * The site's search over one open database: what a query means (word forms,
 * spelling, see src/shared/search-plan.ts), which articles match it, in what
 * order, and how many each forum, topic and year holds, within a time bound.
 */
export function createSearchEngine(
  db: Database.Database,
  idRange: (lang: Lang) => IdRange,
  schedule: Pick<PublicationSchedule, 'now' | 'epoch'>,
  limits: SearchLimits = DEFAULT_SEARCH_LIMITS,
) {
  const table = loadFacetTable(db);
  // Read again when a scheduled article is published: its words join it then.
  let words = { epoch: schedule.epoch(), vocabulary: loadIndexVocabulary(db, schedule.now()) };
  const currentVocabulary = () => {
    const epoch = schedule.epoch();
    if (epoch !== words.epoch) words = { epoch, vocabulary: loadIndexVocabulary(db, schedule.now()) };
    return words.vocabulary;
  };
  // Every match with its score, and beside it the exact matches' ids.
  const scanAll = db.prepare(`SELECT rowid, ${RANK} FROM articles_fts WHERE ${inRange}`).raw();
  const scanExact = db.prepare(`SELECT rowid FROM articles_fts WHERE ${inRange}`).raw();
  const remembered = new LRUCache<string, Omit<Found, 'correctedQuery'>>({ max: REMEMBERED_SEARCHES });

  function search(plan: SearchPlan, filters: BrowseFilters, scope: Scope): Omit<Found, 'correctedQuery'> {
    const deadline = performance.now() + limits.timeBoundMs;
    const any = anyFormExpression(plan);
    const exact = exactExpression(plan);
    const filter = facetFilter(table, filters);
    const scans = (scope ? [scope] : LANGS).map((lang) => {
      const range = filters.year === undefined ? idRange(lang) : yearIdRange(table, idRange(lang), filters.year);
      const rows = {
        all: scanAll.iterate({ match: any, ...range }) as MatchRows,
        exact: exact === any ? undefined : (scanExact.iterate({ match: exact, ...range }) as ExactRows),
      };
      return { lang, scan: scanMatches(table, range, filter, rows, { maxRows: limits.maxRows, deadline }) };
    });
    return {
      scans,
      tally: sumTallies(scans.map(({ scan }) => scan.tally)),
      complete: scans.every(({ scan }) => scan.complete),
      phrases: plan.phrases,
      anyForm: any,
      ordered: new Map(),
    };
  }

  function remember(plan: SearchPlan, filters: BrowseFilters, scope: Scope) {
    // What readers may see changes when a scheduled article is released: so does the key.
    const visible = (scope ? [scope] : LANGS).map((lang) => idRange(lang).last);
    const key = JSON.stringify([scope, filters.forum, filters.topic, filters.year, exactExpression(plan), visible]);
    let found = remembered.get(key);
    if (!found) remembered.set(key, (found = search(plan, filters, scope)));
    return found;
  }

  /** The articles matching a reader's query under the filters; undefined when it has no word to search for. */
  function find(query: string, filters: BrowseFilters, scope: Scope): Found | undefined {
    const vocabulary = currentVocabulary();
    const typed = planSearch(query, vocabulary);
    if (typed.phrases.length === 0) return undefined;
    // A word no article holds makes the whole search empty: search its likeliest spelling instead,
    // and say so, if that finds something here (the word may be of another language).
    const correctedQuery = correctSpelling(typed, vocabulary);
    if (correctedQuery !== undefined) {
      const corrected = remember(planSearch(correctedQuery, vocabulary), filters, scope);
      // Remembered by what was searched: "agriculure" and "agriculture" share the search, not the notice.
      if (corrected.tally.total > 0) return { ...corrected, correctedQuery };
    }
    return remember(typed, filters, scope);
  }

  const byRelevance = (a: ScannedMatch, b: ScannedMatch) =>
    Number(b.exact) - Number(a.exact) || a.score - b.score || b.id - a.id;
  const byDate = (direction: 1 | -1) => (a: ScannedMatch, b: ScannedMatch) =>
    direction * (table.publishedMs[a.id] - table.publishedMs[b.id]) || direction * (a.id - b.id);

  /**
   * The matches read, in the order asked for, or undefined when that order
   * needs matches that were not read (oldest first, after an early stop).
   */
  function ordered(found: Found, order: Order): ScannedMatch[] | undefined {
    const cached = found.ordered.get(order);
    if (cached) return cached;
    if (order === 'oldest' && !found.complete) return undefined;
    const read = found.scans.flatMap(({ scan }) => scan.matches);
    const sorted =
      order === 'relevance'
        ? read.sort(byRelevance)
        : found.scans.length === 1 && order === 'newest'
          ? read // within a language, descending id is newest first
          : read.sort(byDate(order === 'newest' ? -1 : 1));
    found.ordered.set(order, sorted);
    return sorted;
  }

  return { find, ordered, readDownTo: (found: Found) => found.scans[0]?.scan.readDownTo };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
