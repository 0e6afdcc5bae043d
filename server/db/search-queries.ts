import type Database from 'better-sqlite3';
import type { HighlightedText } from '../../src/shared/contract.ts';
import type { BrowseFilters } from './browse-queries.ts';
import { type Scope, langCondition } from './language-scope.ts';
import { MATCH_END, MATCH_START, toHighlightedText } from './marked-text.ts';
import { statementCache } from './statement-cache.ts';

const EXCERPT_TOKENS = 24;
// bm25 weights for title, summary and body: a word in the headline counts most.
const RANK = 'bm25(articles_fts, 10.0, 4.0, 1.0)';

export type Order = 'relevance' | 'newest' | 'oldest';
export type Match = { title: HighlightedText; summary: HighlightedText; excerpt: HighlightedText };

/** The first and last article id of one language (see write-database.ts). */
export type IdRange = { first: number; last: number };

/** Full-text search: matching ids in order, their count, and where each matched. */
export function createSearchQueries(db: Database.Database, idRange: (lang: NonNullable<Scope>) => IdRange) {
  const statement = statementCache(db);

  // Each language's articles are a range of rowids, which the full-text index
  // seeks to by itself: keeping to one language costs no join.
  const inScope = (scope: Scope) => (scope ? ' AND articles_fts.rowid BETWEEN @first AND @last' : '');
  const scopeParams = (scope: Scope) => (scope ? { lang: scope, ...idRange(scope) } : {});

  /**
   * The FROM and WHERE clauses for articles matching an FTS expression, the
   * filters and the language. CROSS JOIN keeps the full-text index as the
   * outer loop: the rowid range would otherwise tempt SQLite to walk every
   * article of the language and probe the index for each.
   */
  function matchingFrom({ forum, topic, year }: BrowseFilters, scope: Scope): string {
    return [
      'FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH @match',
      inScope(scope),
      forum ? ' AND a.forum_slug = @forum' : '',
      year === undefined ? '' : ' AND a.year = @year',
      topic
        ? ` AND a.id IN (SELECT article_id FROM article_topics WHERE ${langCondition(scope)} AND topic_slug = @topic)`
        : '',
    ].join('');
  }

  const unfiltered = ({ forum, topic, year }: BrowseFilters) => !forum && !topic && year === undefined;

  function total(match: string, filters: BrowseFilters, scope: Scope): number {
    // Without filters the full-text index counts on its own, far faster than through a join.
    const sql = unfiltered(filters)
      ? `SELECT count(*) AS total FROM articles_fts WHERE articles_fts MATCH @match${inScope(scope)}`
      : `SELECT count(*) AS total ${matchingFrom(filters, scope)}`;
    return (statement(sql).get({ match, ...filters, ...scopeParams(scope) }) as { total: number }).total;
  }

  function pageIds(
    match: string,
    filters: BrowseFilters,
    scope: Scope,
    order: Order,
    limit: number,
    offset: number,
  ): number[] {
    const params = { match, ...filters, ...scopeParams(scope), limit, offset };
    let sql: string;
    if (!scope && order !== 'relevance') {
      // Ids are in date order only within a language; across languages the date decides.
      const direction = order === 'oldest' ? 'ASC' : 'DESC';
      sql = `SELECT a.id ${matchingFrom(filters, scope)} ORDER BY a.published_ms ${direction}, a.id ${direction}`;
    } else {
      // Within a language, articles are stored in publication order, so id order is date order,
      // which the full-text index gives by itself when asked by its own rowid.
      const orderBy = order === 'relevance' ? `${RANK}, rowid DESC` : order === 'oldest' ? 'rowid ASC' : 'rowid DESC';
      sql = unfiltered(filters)
        ? `SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH @match${inScope(scope)} ORDER BY ${orderBy}`
        : `SELECT a.id ${matchingFrom(filters, scope)} ORDER BY ${orderBy.replaceAll('rowid', 'articles_fts.rowid')}`;
    }
    const rows = statement(`${sql} LIMIT @limit OFFSET @offset`).all(params) as { id: number }[];
    return rows.map((row) => row.id);
  }

  const selectMatches = db.prepare<
    [{ match: string; ids: string }],
    { id: number; title: string; summary: string; excerpt: string }
  >(`
    SELECT rowid AS id,
      highlight(articles_fts, 0, '${MATCH_START}', '${MATCH_END}') AS title,
      highlight(articles_fts, 1, '${MATCH_START}', '${MATCH_END}') AS summary,
      snippet(articles_fts, 2, '${MATCH_START}', '${MATCH_END}', '…', ${EXCERPT_TOKENS}) AS excerpt
    FROM articles_fts WHERE articles_fts MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))`);

  /** Where the query matched in each article's title, summary and body, as text with ranges. */
  function matches(match: string, ids: number[]): Map<number, Match> {
    const found = new Map<number, Match>();
    if (ids.length === 0) return found;
    for (const row of selectMatches.all({ match, ids: JSON.stringify(ids) })) {
      found.set(row.id, {
        title: toHighlightedText(row.title),
        summary: toHighlightedText(row.summary),
        excerpt: toHighlightedText(row.excerpt),
      });
    }
    return found;
  }

  /** How many matching articles each forum, each topic or each year holds. */
  function countsBy<Kind extends 'forum' | 'topic' | 'year'>(
    kind: Kind,
    match: string,
    filters: BrowseFilters,
    scope: Scope,
  ): Map<Kind extends 'year' ? number : string, number> {
    const sql =
      kind === 'topic'
        ? `SELECT at.topic_slug AS slug, count(*) AS count FROM article_topics at
           WHERE at.article_id IN (SELECT a.id ${matchingFrom(filters, scope)}) GROUP BY at.topic_slug`
        : `SELECT a.${kind === 'forum' ? 'forum_slug' : 'year'} AS slug, count(*) AS count
           ${matchingFrom(filters, scope)} GROUP BY 1`;
    const rows = statement(sql).all({ match, ...filters, ...scopeParams(scope) }) as {
      slug: Kind extends 'year' ? number : string;
      count: number;
    }[];
    return new Map(rows.map((row) => [row.slug, row.count]));
  }

  return { total, pageIds, matches, countsBy };
}
