import type Database from 'better-sqlite3';
import type { HighlightedText } from '../../src/shared/contract.ts';
import type { BrowseFilters } from './browse-queries.ts';
import { type Scope, langCondition } from './language-scope.ts';
import type { PlannedPhrase } from '../../src/shared/search-plan.ts';
import { excerpt, highlight, storedTokens } from '../../src/shared/search-matching.ts';
import { SEPARATOR } from '../../src/shared/search-text.ts';
import { statementCache } from './statement-cache.ts';

export type Order = 'relevance' | 'newest' | 'oldest';
export type Match = { title: HighlightedText; summary: HighlightedText; excerpt: HighlightedText };

/** The first and last article id of one language (see write-database.ts). */
export type IdRange = { first: number; last: number };

/**
 * Full-text search in SQL: a page of matching ids in order, and where each
 * matched. `idRange` gives what readers may see of a language now.
 */
export function createSearchQueries(
  db: Database.Database,
  idRange: (lang: NonNullable<Scope>) => IdRange,
  now: () => number,
) {
  const statement = statementCache(db);

  // Each language's articles are a range of rowids, which the full-text index
  // seeks to by itself: keeping to one language costs no join. Across
  // languages, the date says what readers may see.
  const inScope = (scope: Scope) =>
    scope ? ' AND articles_fts.rowid BETWEEN @first AND @last' : ' AND a.published_ms <= @now';
  const scopeParams = (scope: Scope) => (scope ? { lang: scope, ...idRange(scope) } : { now: now() });

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

  function pageIds(
    match: string,
    filters: BrowseFilters,
    scope: Scope,
    order: 'newest' | 'oldest',
    limit: number,
    offset: number,
    belowId?: number,
  ): number[] {
    const params = { match, ...filters, ...scopeParams(scope), limit, offset, belowId };
    const below = belowId === undefined ? '' : ' AND articles_fts.rowid < @belowId';
    let sql: string;
    const direction = order === 'oldest' ? 'ASC' : 'DESC';
    if (!scope) {
      // Ids are in date order only within a language; across languages the date decides.
      sql = `SELECT a.id ${matchingFrom(filters, scope)}${below} ORDER BY a.published_ms ${direction}, a.id ${direction}`;
    } else {
      // Within a language, articles are stored in publication order, so id order is date order,
      // which the full-text index gives by itself when asked by its own rowid.
      sql = unfiltered(filters)
        ? `SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH @match${inScope(scope)}${below} ORDER BY rowid ${direction}`
        : `SELECT a.id ${matchingFrom(filters, scope)}${below} ORDER BY articles_fts.rowid ${direction}`;
    }
    const rows = statement(`${sql} LIMIT @limit OFFSET @offset`).all(params) as { id: number }[];
    return rows.map((row) => row.id);
  }

  const selectStored = db
    .prepare<[number], [string, string, string]>('SELECT title, summary, body FROM articles_fts WHERE rowid = ?')
    .raw();

  /**
   * Where the search matched in each article's title, summary and body, as
   * text with ranges, marked by the rules the index matched by, on the words
   * the index stored.
   */
  function matches(phrases: PlannedPhrase[], articles: Map<number, { title: string; summary: string }>) {
    const found = new Map<number, Match>();
    for (const [id, article] of articles) {
      const [title, summary, body] = selectStored.get(id) ?? ['', '', ''];
      // The stored title is the article's, folded to the same length; a title that
      // held a separator of its own is not, and is cut into words anew.
      const storedTokensFor = (original: string, stored: string) =>
        stored.replaceAll(SEPARATOR, '').length === original.length ? storedTokens(stored) : undefined;
      found.set(id, {
        title: highlight(article.title, phrases, storedTokensFor(article.title, title)),
        summary: highlight(article.summary, phrases, storedTokensFor(article.summary, summary)),
        excerpt: excerpt(body.replaceAll(SEPARATOR, ''), phrases, storedTokens(body)),
      });
    }
    return found;
  }

  return { pageIds, matches };
}
