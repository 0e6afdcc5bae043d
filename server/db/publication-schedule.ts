import type Database from 'better-sqlite3';
import type { Lang } from '../../src/shared/languages.ts';
import type { BrowseFilters } from './browse-queries.ts';
import type { Scope } from './language-scope.ts';

/** An article readers could not see at import: scheduled for later, or a draft (never). */
type HeldArticle = { id: number; lang: Lang; forum: string; topics: string[]; year: number; visibleFromMs: number };

export type Clock = () => number;

/**
 * Which articles readers may see, now. The import counts only what is public
 * at its own time; what it held back is the few scheduled articles and drafts,
 * kept here in memory. Each becomes visible by itself when its time comes,
 * with no import or restart: every query keeps to `published_ms <= now`, and
 * the counts made at import get the released articles added.
 *
 * Within a language, ids are in publication order with drafts last
 * (write-database.ts), so what readers may see of a language is every id up to
 * one: the searches' id ranges end there.
 */
export function createPublicationSchedule(db: Database.Database, clock: Clock = Date.now) {
  const countedUntil = Number(
    db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'counted_until_ms'").get()?.value ?? 0,
  );
  const topicsOf = db.prepare<[number], { topic_slug: string }>(
    'SELECT topic_slug FROM article_topics WHERE article_id = ? ORDER BY position',
  );
  const held: HeldArticle[] = db
    .prepare<[number], { id: number; lang: Lang; forum: string; year: number; visibleFromMs: number }>(
      `SELECT id, lang, forum_slug AS forum, year, published_ms AS visibleFromMs
       FROM articles WHERE published_ms > ? ORDER BY id`,
    )
    .all(countedUntil)
    .map((row) => ({ ...row, topics: topicsOf.all(row.id).map(({ topic_slug }) => topic_slug) }));

  /** The held articles whose time has come, in id order. */
  const released = (now = clock()) => held.filter((article) => article.visibleFromMs <= now);

  function matching({ forum, topic, year }: BrowseFilters, scope: Scope, article: HeldArticle) {
    return (
      (scope === undefined || article.lang === scope) &&
      (forum === undefined || article.forum === forum) &&
      (topic === undefined || article.topics.includes(topic)) &&
      (year === undefined || article.year === year)
    );
  }

  return {
    now: clock,
    /**
     * Changes whenever an article is released, so that answers kept by
     * version (ETags, the answer cache, the sitemap) are made again at once.
     */
    epoch: () => released().length,
    /** When the next held article becomes visible (undefined when none is waiting). */
    nextReleaseMs(now = clock()): number | undefined {
      const waiting = held.filter((article) => article.visibleFromMs > now).map((article) => article.visibleFromMs);
      return waiting.length > 0 ? Math.min(...waiting) : undefined;
    },
    /** The last id readers may see in a language, given its last id of all. */
    lastVisibleId(lang: Lang, lastId: number, now = clock()): number {
      const firstHidden = held.find((article) => article.lang === lang && article.visibleFromMs > now);
      return firstHidden ? firstHidden.id - 1 : lastId;
    },
    /** How many released articles match the filters: to add to a count made at import. */
    releasedCount: (filters: BrowseFilters, scope: Scope) =>
      released().filter((article) => matching(filters, scope, article)).length,
    /** The released articles matching the filters, counted by forum, topic and year. */
    releasedTally(filters: BrowseFilters, scope: Scope) {
      const tally = {
        forums: new Map<string, number>(),
        topics: new Map<string, number>(),
        years: new Map<number, number>(),
      };
      const add = <Key>(map: Map<Key, number>, key: Key) => map.set(key, (map.get(key) ?? 0) + 1);
      for (const article of released()) {
        if (!matching(filters, scope, article)) continue;
        add(tally.forums, article.forum);
        for (const topic of article.topics) add(tally.topics, topic);
        add(tally.years, article.year);
      }
      return tally;
    },
  };
}

export type PublicationSchedule = ReturnType<typeof createPublicationSchedule>;
