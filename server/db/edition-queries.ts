import type Database from 'better-sqlite3';
import type { Edition } from '../../src/shared/contract.ts';
import type { BrowseFilters } from './browse-queries.ts';
import type { Scope } from './language-scope.ts';
import type { PublicationSchedule } from './publication-schedule.ts';

/**
 * The convention years (editions) and how many articles each holds under the
 * filters, from the counts made at import. A year is listed when the language
 * (or any language) has articles from it, even if the filters leave none.
 */
export function createEditionQueries(db: Database.Database, schedule: PublicationSchedule) {
  const selectCounts = db.prepare<[{ scope: string; forum: string; topic: string }], Edition>(`
    SELECT year, count AS articleCount FROM article_counts
    WHERE lang = @scope AND forum_slug = @forum AND topic_slug = @topic AND year <> 0`);
  const selectYear = db.prepare<[number], { count: number }>(
    "SELECT count FROM article_counts WHERE lang = '' AND forum_slug = '' AND topic_slug = '' AND year = ?",
  );

  // Counted at import, plus the scheduled articles released since.
  function countsOf(scope: Scope, forum = '', topic = '') {
    const counts = new Map(
      selectCounts.all({ scope: scope ?? '', forum, topic }).map((row) => [row.year, row.articleCount]),
    );
    const { years } = schedule.releasedTally({ forum: forum || undefined, topic: topic || undefined }, scope);
    for (const [year, count] of years) counts.set(year, (counts.get(year) ?? 0) + count);
    return counts;
  }

  /** The years of `scope`, newest first, with the counts given, or else those under the filters. */
  function list({ forum, topic, year }: BrowseFilters, scope: Scope, searched?: Map<number, number>): Edition[] {
    const counts = searched ?? countsOf(scope, forum, topic);
    return [...countsOf(scope).keys()]
      .sort((a, b) => b - a)
      .map((each) => ({
        year: each,
        articleCount: year === undefined || year === each ? (counts.get(each) ?? 0) : 0,
      }));
  }

  return {
    list,
    hasYear: (year: number) => selectYear.get(year) !== undefined || schedule.releasedCount({ year }, undefined) > 0,
  };
}
