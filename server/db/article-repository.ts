import type Database from 'better-sqlite3';
import type { Article, ArticleList, ArticleListQuery, TaxonomyQuery } from '../../src/shared/contract.ts';
import { DEFAULT_LANG, type Lang } from '../../src/shared/languages.ts';
import { createSummaryReader } from './article-rows.ts';
import { type BrowseFilters, createBrowseQueries } from './browse-queries.ts';
import { createEditionQueries } from './edition-queries.ts';
import type { Scope } from './language-scope.ts';
import { createRelatedArticles } from './related-articles.ts';
import { type IdRange, type Order, createSearchQueries } from './search-queries.ts';
import { type Found, type SearchEngine, createSearchEngine } from '../search/search-engine.ts';
import type { SearchLimits } from '../search/search-limits.ts';
import { createTaxonomyQueries } from './taxonomy-queries.ts';
import { createTranslationQueries } from './translation-queries.ts';
import { NEVER_MS } from './schema.ts';
import { type Clock, createPublicationSchedule } from './publication-schedule.ts';

const RELATED_LIMIT = 4;

export type ArticleRepository = ReturnType<typeof createArticleRepository>;

// Like the API, the language may be left out: it is then English.
type InLanguage<Query> = Omit<Query, 'lang'> & { lang?: Lang };
export type ListRequest = InLanguage<ArticleListQuery>;
export type CountRequest = InLanguage<TaxonomyQuery>;

const scopeOf = ({ lang = DEFAULT_LANG, languages }: { lang?: Lang; languages?: 'all' }): Scope =>
  languages === 'all' ? undefined : lang;

/** Everything the API and the pages read, over one open database. */
/** What a search adds to an answer (see searchOutcomeShape in the contract). */
const outcomeOf = (found: Found | undefined) => ({
  ...(found?.correctedQuery !== undefined && { correctedQuery: found.correctedQuery }),
  ...(found && !found.complete && { estimated: true as const }),
});

export type RepositoryOptions = {
  searchLimits?: SearchLimits;
  /** What "now" is for publication times: scheduled articles appear when it passes theirs. */
  clock?: Clock;
};

export function createArticleRepository(db: Database.Database, { searchLimits, clock }: RepositoryOptions = {}) {
  const schedule = createPublicationSchedule(db, clock);
  const ranges = new Map(
    db
      .prepare<[], IdRange & { lang: Lang }>('SELECT lang, first_id AS first, last_id AS last FROM language_ranges')
      .all()
      .map(({ lang, first, last }) => [lang, { first, last }]),
  );
  // A language without articles is a range that holds nothing. What readers
  // may see of a language ends before its first article still held back.
  const idRange = (lang: Lang) => {
    const { first, last } = ranges.get(lang) ?? { first: 1, last: 0 };
    return { first, last: schedule.lastVisibleId(lang, last) };
  };
  const readSummaries = createSummaryReader(db);
  const browse = createBrowseQueries(db, schedule);
  const search = createSearchQueries(db, idRange, schedule.now);
  // Made at the first search: with search workers, the main thread's repository never searches.
  let engine: SearchEngine | undefined;
  const searchEngine = () => (engine ??= createSearchEngine(db, idRange, schedule, searchLimits));
  const taxonomy = createTaxonomyQueries(db, schedule);
  const relatedIds = createRelatedArticles(db, schedule.now);
  const translations = createTranslationQueries(db, schedule.now);
  const editions = createEditionQueries(db, schedule);

  /** One page of a search's matches in the order asked for. */
  function searchPage(found: Found, filters: BrowseFilters, scope: Scope, order: Order, limit: number, offset: number) {
    const read = searchEngine().ordered(found, order);
    // Only oldest first needs matches the search did not read: the index gives them by date.
    if (!read) return search.pageIds(found.anyForm, filters, scope, 'oldest', limit, offset);
    const ids = read.slice(offset, offset + limit).map((match) => match.id);
    if (ids.length < limit && !found.complete && scope) {
      // Past the matches the search read in time: the rest, newest first.
      const skip = Math.max(0, offset - read.length);
      const below = searchEngine().readDownTo(found);
      ids.push(...search.pageIds(found.anyForm, filters, scope, 'newest', limit - ids.length, skip, below));
    }
    return ids;
  }

  function listArticles(query: ListRequest): ArticleList {
    const { page, pageSize, forum, topic, year, q } = query;
    const filters = { forum, topic, year };
    const scope = scopeOf(query);
    const offset = (page - 1) * pageSize;
    // Text with no word in it ("*", "--") matches nothing rather than everything.
    const found = q === undefined ? undefined : searchEngine().find(q, filters, scope);
    const order: Order = query.sort ?? (q !== undefined ? 'relevance' : 'newest');

    let ids: number[] = [];
    let total = 0;
    if (found) {
      total = found.tally.total;
      ids = searchPage(found, filters, scope, order, pageSize, offset);
    } else if (q === undefined) {
      total = browse.total(filters, scope);
      ids = browse.pageIds(filters, scope, order === 'oldest', pageSize, offset);
    }

    const summaries = readSummaries(ids);
    if (found) {
      for (const [id, where] of search.matches(found.phrases, summaries)) summaries.get(id)!.match = where;
    }
    const items = ids.flatMap((id) => summaries.get(id) ?? []);
    return { items, page, pageSize, total, totalPages: Math.ceil(total / pageSize), ...outcomeOf(found) };
  }

  function countsBy(kind: 'forum' | 'topic', query: CountRequest) {
    const { forum, topic, year, q, lang = DEFAULT_LANG } = query;
    const scope = scopeOf(query);
    const filters = { forum, topic, year };
    if (q === undefined) return { items: taxonomy.browseCounts(kind, filters, lang, scope) };
    const found = searchEngine().find(q, filters, scope);
    const counts = found ? (kind === 'forum' ? found.tally.forums : found.tally.topics) : new Map<string, number>();
    return { items: taxonomy.withCounts(kind, lang, counts), ...outcomeOf(found) };
  }

  function listEditions(query: CountRequest = {}) {
    const { forum, topic, year, q } = query;
    const scope = scopeOf(query);
    const filters = { forum, topic, year };
    if (q === undefined) return { items: editions.list(filters, scope) };
    const found = searchEngine().find(q, filters, scope);
    return { items: editions.list(filters, scope, found?.tally.years ?? new Map()), ...outcomeOf(found) };
  }

  type ArticleRow = { id: number; translation_group: string; card_src: string };
  type FullRow = ArticleRow & { body_html: string; correction: string | null };
  const FULL_ROW = 'id, translation_group, card_src, body_html, correction';
  // An article readers may not see yet is answered exactly like one that does not exist.
  const selectArticle = db.prepare<[Lang, string, number], FullRow>(
    `SELECT ${FULL_ROW} FROM articles WHERE lang = ? AND slug = ? AND published_ms <= ?`,
  );
  const selectShared = db.prepare<[Lang, string, number], ArticleRow>(
    'SELECT id, translation_group, card_src FROM articles WHERE lang = ? AND slug = ? AND published_ms <= ?',
  );
  const selectPreview = db.prepare<[string], FullRow & { lang: Lang; slug: string; published_ms: number }>(
    `SELECT ${FULL_ROW}, lang, slug, published_ms FROM articles WHERE preview_key = ?`,
  );

  function getArticle(lang: Lang, slug: string): Article | undefined {
    const row = selectArticle.get(lang, slug, schedule.now());
    return row && articleFrom(row);
  }

  function articleFrom(row: FullRow): Article | undefined {
    const related = relatedIds(row.id, RELATED_LIMIT);
    const summaries = readSummaries([row.id, ...related]);
    const summary = summaries.get(row.id);
    if (!summary) return undefined;
    return {
      ...summary,
      bodyHtml: row.body_html,
      ...(row.correction !== null && { correction: row.correction }),
      related: related.flatMap((id) => summaries.get(id) ?? []),
      translations: translations.translationsOf(row.id, row.translation_group),
    };
  }

  type Named = { slug: string; name: string; description: string };
  const named = (table: 'forums' | 'topics') =>
    db.prepare<[string, Lang], Named>(`SELECT slug, name, description FROM ${table} WHERE slug = ? AND lang = ?`);
  const selectForum = named('forums');
  const selectTopic = named('topics');
  // Only to an article readers may see: a redirect must not tell a held-back article's address.
  const selectRedirect = db.prepare<[Lang, string, number], { slug: string }>(`
    SELECT r.slug FROM article_redirects r JOIN articles a ON a.lang = r.lang AND a.slug = r.slug
    WHERE r.lang = ? AND r.old_slug = ? AND a.published_ms <= ?`);
  const selectMedia = db.prepare<[string], { mime: string; data: Buffer }>(
    'SELECT mime, data FROM media WHERE path = ?',
  );
  // The database never changes while it is open, so its import time names it;
  // what readers see of it changes only when a scheduled article is released.
  const importedAt =
    db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'imported_at'").get()?.value ?? '';

  return {
    /** The version of every answer: the import, and how many scheduled articles it has released. */
    get version() {
      return `${importedAt}+${schedule.epoch()}`;
    },
    /** The import alone: search workers reopen the file when it changes. */
    databaseVersion: importedAt,
    /**
     * How many seconds a cache may keep an answer: `limit`, or fewer when a
     * scheduled article appears sooner, so that no cache holds an answer past it.
     */
    freshFor(limit: number): number {
      const next = schedule.nextReleaseMs();
      return next === undefined ? limit : Math.min(limit, Math.max(0, Math.ceil((next - schedule.now()) / 1000)));
    },
    listArticles,
    getArticle,
    listForums: (query: CountRequest = {}) => countsBy('forum', query),
    listTopics: (query: CountRequest = {}) => countsBy('topic', query),
    listEditions,
    /** How many articles a language has from one year; 0 means its edition page does not exist. */
    editionTotal: (lang: Lang, year: number) => browse.total({ year }, lang),
    getForum: (lang: Lang, slug: string) => selectForum.get(slug, lang),
    getTopic: (lang: Lang, slug: string) => selectTopic.get(slug, lang),
    hasForum: (slug: string) => selectForum.get(slug, DEFAULT_LANG) !== undefined,
    hasTopic: (slug: string) => selectTopic.get(slug, DEFAULT_LANG) !== undefined,
    hasYear: editions.hasYear,
    /** What a link preview needs: the summary, the preview card's path and the other languages. */
    getShareInfo(lang: Lang, slug: string) {
      const row = selectShared.get(lang, slug, schedule.now());
      const summary = row && readSummaries([row.id]).get(row.id);
      return (
        summary && {
          summary,
          cardSrc: row.card_src,
          translations: translations.translationsOf(row.id, row.translation_group),
        }
      );
    },
    listSitemapArticles: () => translations.sitemapArticles(),
    /** The slug a renamed article has now, when `slug` is one it had before in that language. */
    renamedTo: (lang: Lang, slug: string) => selectRedirect.get(lang, slug, schedule.now())?.slug,
    /**
     * An article readers may not see yet, by its preview key, as they will see
     * it; `visible` once its time has come (its preview then leads to its page).
     */
    getPreview(key: string) {
      const row = selectPreview.get(key);
      const article = row && articleFrom(row);
      if (!row || !article) return undefined;
      const visible = row.published_ms <= schedule.now();
      return { article, cardSrc: row.card_src, draft: row.published_ms === NEVER_MS, visible };
    },
    close: (): void => void db.close(),
    /** Loads what searching needs now rather than at the first search (search workers do, before taking any). */
    prepareSearch: (): void => void searchEngine(),
    getMedia: (path: string) => selectMedia.get(path),
  };
}
