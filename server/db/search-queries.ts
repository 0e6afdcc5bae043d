import type Database from 'better-sqlite3';
import type { HighlightedText } from '../../src/shared/contract.ts';
import type { BrowseFilters } from './browse-queries.ts';
import { MATCH_END, MATCH_START, toHighlightedText } from './marked-text.ts';
import { statementCache } from './statement-cache.ts';

const EXCERPT_TOKENS = 24;
// bm25 weights for title, summary and body: a word in the headline counts most.
const RANK = 'bm25(articles_fts, 10.0, 4.0, 1.0)';

export type Order = 'relevance' | 'newest' | 'oldest';
export type Match = { title: HighlightedText; summary: HighlightedText; excerpt: HighlightedText };

/** Full-text search: matching ids in order, their count, and where each matched. */
export function createSearchQueries(db: Database.Database) {
  const statement = statementCache(db);

  /** The FROM and WHERE clauses for articles matching an FTS expression and the filters. */
  function matchingFrom({ forum, topic }: BrowseFilters): string {
    return [
      'FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH @match',
      forum ? ' AND a.forum_slug = @forum' : '',
      topic ? ' AND a.id IN (SELECT article_id FROM article_topics WHERE topic_slug = @topic)' : '',
    ].join('');
  }

  const unfiltered = ({ forum, topic }: BrowseFilters) => !forum && !topic;

  function total(match: string, filters: BrowseFilters): number {
    // Without filters the full-text index counts on its own, far faster than through a join.
    const sql = unfiltered(filters)
      ? 'SELECT count(*) AS total FROM articles_fts WHERE articles_fts MATCH @match'
      : `SELECT count(*) AS total ${matchingFrom(filters)}`;
    return (statement(sql).get({ match, ...filters }) as { total: number }).total;
  }

  function pageIds(match: string, filters: BrowseFilters, order: Order, limit: number, offset: number): number[] {
    // Articles are stored in publication order, so id order is date order (see write-database.ts).
    const orderBy = order === 'relevance' ? `${RANK}, rowid DESC` : order === 'oldest' ? 'rowid ASC' : 'rowid DESC';
    const sql = unfiltered(filters)
      ? `SELECT rowid AS id FROM articles_fts WHERE articles_fts MATCH @match ORDER BY ${orderBy} LIMIT @limit OFFSET @offset`
      : `SELECT a.id ${matchingFrom(filters)} ORDER BY ${orderBy.replaceAll('rowid', 'a.id')} LIMIT @limit OFFSET @offset`;
    return (statement(sql).all({ match, ...filters, limit, offset }) as { id: number }[]).map((row) => row.id);
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

  /** How many matching articles each forum, or each topic, holds. */
  function countsBy(kind: 'forum' | 'topic', match: string, filters: BrowseFilters): Map<string, number> {
    const sql =
      kind === 'forum'
        ? `SELECT a.forum_slug AS slug, count(*) AS count ${matchingFrom(filters)} GROUP BY a.forum_slug`
        : `SELECT at.topic_slug AS slug, count(*) AS count FROM article_topics at
           WHERE at.article_id IN (SELECT a.id ${matchingFrom(filters)}) GROUP BY at.topic_slug`;
    const rows = statement(sql).all({ match, ...filters }) as { slug: string; count: number }[];
    return new Map(rows.map((row) => [row.slug, row.count]));
  }

  return { total, pageIds, matches, countsBy };
}
