import type Database from 'better-sqlite3';
import { statementCache } from './statement-cache.ts';

export type BrowseFilters = { forum?: string; topic?: string };

/**
 * Article ids for lists without a search, newest or oldest first, each read
 * from an index in date order, with totals counted at import.
 */
export function createBrowseQueries(db: Database.Database) {
  const statement = statementCache(db);
  const countStatement = db.prepare<[string, string], { count: number }>(
    'SELECT count FROM article_counts WHERE forum_slug = ? AND topic_slug = ?',
  );

  function total({ forum, topic }: BrowseFilters): number {
    return countStatement.get(forum ?? '', topic ?? '')?.count ?? 0;
  }

  function pageIds({ forum, topic }: BrowseFilters, oldestFirst: boolean, limit: number, offset: number): number[] {
    const direction = oldestFirst ? 'ASC' : 'DESC';
    const sql = topic
      ? `SELECT article_id AS id FROM article_topics WHERE topic_slug = @topic${forum ? ' AND forum_slug = @forum' : ''}
         ORDER BY published_ms ${direction}, article_id ${direction} LIMIT @limit OFFSET @offset`
      : `SELECT id FROM articles${forum ? ' WHERE forum_slug = @forum' : ''}
         ORDER BY published_ms ${direction}, id ${direction} LIMIT @limit OFFSET @offset`;
    return (statement(sql).all({ forum, topic, limit, offset }) as { id: number }[]).map((row) => row.id);
  }

  return { total, pageIds };
}
