import type Database from 'better-sqlite3';
import { beijingYearRange } from '../../src/shared/beijing-time.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { type Scope, mergeLanguages } from './language-scope.ts';
import type { PublicationSchedule } from './publication-schedule.ts';
import { statementCache } from './statement-cache.ts';

export type BrowseFilters = { forum?: string; topic?: string; year?: number };

/**
 * A year is a range of publication times, which every date index can seek:
 * one year's list needs no index of its own.
 */
export const yearRange = (year: number | undefined) => {
  const { start, end } = year === undefined ? { start: 0, end: 0 } : beijingYearRange(year);
  return { yearStart: start, yearEnd: end };
};

/**
 * Article ids for lists without a search, newest or oldest first, each read
 * from an index in date order within one language, with totals counted at
 * import (and the scheduled articles released since). Every language at once
 * merges the first pages of each.
 */
export function createBrowseQueries(db: Database.Database, schedule: PublicationSchedule) {
  const statement = statementCache(db);
  const countStatement = db.prepare<[string, string, string, number], { count: number }>(
    'SELECT count FROM article_counts WHERE lang = ? AND forum_slug = ? AND topic_slug = ? AND year = ?',
  );

  function total({ forum, topic, year }: BrowseFilters, scope: Scope): number {
    const counted = countStatement.get(scope ?? '', forum ?? '', topic ?? '', year ?? 0)?.count ?? 0;
    return counted + schedule.releasedCount({ forum, topic, year }, scope);
  }

  function pageIds(
    { forum, topic, year }: BrowseFilters,
    scope: Scope,
    oldestFirst: boolean,
    limit: number,
    offset: number,
  ): number[] {
    const direction = oldestFirst ? 'ASC' : 'DESC';
    // Readers see what is published by now: a range of the same date index.
    const inYear = ` AND published_ms <= @now${year === undefined ? '' : ' AND published_ms >= @yearStart AND published_ms < @yearEnd'}`;
    const ordered = (lang: string) =>
      topic
        ? `SELECT article_id AS id, published_ms FROM article_topics
           WHERE lang = ${lang} AND topic_slug = @topic${forum ? ' AND forum_slug = @forum' : ''}${inYear}
           ORDER BY published_ms ${direction}, article_id ${direction}`
        : `SELECT id, published_ms FROM articles WHERE lang = ${lang}${forum ? ' AND forum_slug = @forum' : ''}${inYear}
           ORDER BY published_ms ${direction}, id ${direction}`;
    const sql = scope
      ? `${ordered('@lang')} LIMIT @limit OFFSET @offset`
      : `${mergeLanguages((lang: Lang) => ordered(`'${lang}'`), `published_ms ${direction}, id ${direction}`)}
         LIMIT @limit OFFSET @offset`;
    const params = {
      forum,
      topic,
      ...yearRange(year),
      lang: scope,
      limit,
      offset,
      window: limit + offset,
      now: schedule.now(),
    };
    const rows = statement(sql).all(params);
    return (rows as { id: number }[]).map((row) => row.id);
  }

  return { total, pageIds };
}
