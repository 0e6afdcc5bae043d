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
  const counted = {
    forum: db.prepare<[{ forum: string; topic: string }], Forum>(`
      SELECT f.slug, f.name, f.description,
        CASE WHEN @forum = '' OR f.slug = @forum THEN coalesce(c.count, 0) ELSE 0 END AS articleCount
      FROM forums f LEFT JOIN article_counts c ON c.forum_slug = f.slug AND c.topic_slug = @topic
      ORDER BY f.position`),
    topic: db.prepare<[{ forum: string; topic: string }], Forum>(`
      SELECT t.slug, t.name, t.description,
        CASE WHEN @topic = '' OR t.slug = @topic THEN coalesce(c.count, 0) ELSE 0 END AS articleCount
      FROM topics t LEFT JOIN article_counts c ON c.topic_slug = t.slug AND c.forum_slug = @forum
      ORDER BY t.position`),
  };
  const entries = {
    forum: db.prepare<[], Entry>('SELECT slug, name, description FROM forums ORDER BY position'),
    topic: db.prepare<[], Entry>('SELECT slug, name, description FROM topics ORDER BY position'),
  };

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
    return counted[kind].all(filters);
  }

  /** Every entry with the given counts (absent ones count 0). */
  function withCounts(kind: Kind, counts: Map<string, number>): Forum[] {
    return entries[kind].all().map((entry) => ({ ...entry, articleCount: counts.get(entry.slug) ?? 0 }));
  }

  return { browseCounts, withCounts };
}
