import type Database from 'better-sqlite3';
import type { Forum } from '../../src/shared/contract.ts';
import type { Lang } from '../../src/shared/languages.ts';
import type { BrowseFilters } from './browse-queries.ts';
import { type Scope, langCondition } from './language-scope.ts';
import type { PublicationSchedule } from './publication-schedule.ts';
import { statementCache } from './statement-cache.ts';

type Kind = 'forum' | 'topic';
type Entry = { slug: string; name: string; description: string };

/**
 * Forums or topics, named in one language, with how many articles each holds
 * under the filters, in one language or in all. Without a search the counts
 * were made at import; a search counts its matches.
 */
export function createTaxonomyQueries(db: Database.Database, schedule: PublicationSchedule) {
  const statement = statementCache(db);
  const prepare = (kind: Kind) => {
    const other = kind === 'forum' ? 'topic' : 'forum';
    return {
      counted: db.prepare<[{ lang: Lang; scope: string; forum: string; topic: string; year: number }], Forum>(`
        SELECT e.slug, e.name, e.description,
          CASE WHEN @${kind} = '' OR e.slug = @${kind} THEN coalesce(c.count, 0) ELSE 0 END AS articleCount
        FROM ${kind}s e LEFT JOIN article_counts c
          ON c.lang = @scope AND c.${kind}_slug = e.slug AND c.${other}_slug = @${other} AND c.year = @year
        WHERE e.lang = @lang
        ORDER BY e.position`),
      entries: db.prepare<[Lang], Entry>(
        `SELECT slug, name, description FROM ${kind}s WHERE lang = ? ORDER BY position`,
      ),
    };
  };
  const statements = { forum: prepare('forum'), topic: prepare('topic') };

  const topicsAlongside = (scope: Scope) => `
    SELECT at.topic_slug AS slug, count(*) AS count FROM article_topics at
    WHERE at.article_id IN (
      SELECT article_id FROM article_topics
      WHERE ${langCondition(scope)} AND topic_slug = @topic AND (@forum = '' OR forum_slug = @forum)
        AND (@year = 0 OR year = @year) AND published_ms <= @now)
    GROUP BY at.topic_slug`;

  /** `lang` names the entries; `scope` is the language counted, or undefined for all. */
  function browseCounts(kind: Kind, { forum, topic, year }: BrowseFilters, lang: Lang, scope: Scope): Forum[] {
    const filters = { forum: forum ?? '', topic: topic ?? '', year: year ?? 0 };
    // The topics that appear beside a topic are not counted ahead; count them now.
    if (kind === 'topic' && topic) {
      const rows = statement(topicsAlongside(scope)).all({ ...filters, lang: scope, now: schedule.now() }) as {
        slug: string;
        count: number;
      }[];
      return withCounts('topic', lang, new Map(rows.map((row) => [row.slug, row.count])));
    }
    const counted = statements[kind].counted.all({ ...filters, lang, scope: scope ?? '' });
    // What was released since the import, counted under the other filters like the rest.
    const chosen = kind === 'forum' ? forum : topic;
    const released = schedule.releasedTally({ ...(kind === 'forum' ? { topic } : { forum }), year }, scope);
    const releasedOf = kind === 'forum' ? released.forums : released.topics;
    return counted.map((entry) =>
      chosen === undefined || entry.slug === chosen
        ? { ...entry, articleCount: entry.articleCount + (releasedOf.get(entry.slug) ?? 0) }
        : entry,
    );
  }

  /** Every entry, named in `lang`, with the given counts (absent ones count 0). */
  function withCounts(kind: Kind, lang: Lang, counts: Map<string, number>): Forum[] {
    return statements[kind].entries.all(lang).map((entry) => ({ ...entry, articleCount: counts.get(entry.slug) ?? 0 }));
  }

  return { browseCounts, withCounts };
}
