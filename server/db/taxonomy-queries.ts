import type Database from 'better-sqlite3';
import type { Forum } from '../../src/shared/contract.ts';
import type { BrowseFilters } from './browse-queries.ts';

type Kind = 'forum' | 'topic';
type Entry = { slug: string; name: string; description: string };

/**
 * Forums or topics with how many articles each holds under the filters.
 * Without a search the counts were made at import; a search counts its matches.
 */
export function createTaxonomyQueries(db: Database.Database) {
  const prepare = (kind: Kind) => {
    const other = kind === 'forum' ? 'topic' : 'forum';
    return {
      counted: db.prepare<[{ forum: string; topic: string }], Forum>(`
        SELECT e.slug, e.name, e.description,
          CASE WHEN @${kind} = '' OR e.slug = @${kind} THEN coalesce(c.count, 0) ELSE 0 END AS articleCount
        FROM ${kind}s e LEFT JOIN article_counts c ON c.${kind}_slug = e.slug AND c.${other}_slug = @${other}
        ORDER BY e.position`),
      entries: db.prepare<[], Entry>(`SELECT slug, name, description FROM ${kind}s ORDER BY position`),
    };
  };
  const statements = { forum: prepare('forum'), topic: prepare('topic') };

  const selectTopicsAlongside = db.prepare<[{ forum: string; topic: string }], { slug: string; count: number }>(`
    SELECT at.topic_slug AS slug, count(*) AS count FROM article_topics at
    WHERE at.article_id IN (
      SELECT article_id FROM article_topics WHERE topic_slug = @topic AND (@forum = '' OR forum_slug = @forum))
    GROUP BY at.topic_slug`);

  function browseCounts(kind: Kind, { forum, topic }: BrowseFilters): Forum[] {
    const filters = { forum: forum ?? '', topic: topic ?? '' };
    // The topics that appear beside a topic are not counted ahead; count them now.
    if (kind === 'topic' && topic) {
      return withCounts('topic', new Map(selectTopicsAlongside.all(filters).map((row) => [row.slug, row.count])));
    }
    return statements[kind].counted.all(filters);
  }

  /** Every entry with the given counts (absent ones count 0). */
  function withCounts(kind: Kind, counts: Map<string, number>): Forum[] {
    return statements[kind].entries.all().map((entry) => ({ ...entry, articleCount: counts.get(entry.slug) ?? 0 }));
  }

  return { browseCounts, withCounts };
}
