import type Database from 'better-sqlite3';
import type { Clock } from './publication-schedule.ts';

const CANDIDATES_PER_TOPIC = 200;

/**
 * The articles in the same language that share the most topics with one
 * article, newest first among equals. Candidates are the newest few hundred of each of its topics,
 * read from an index, so the cost does not grow with the archive.
 */
export function createRelatedArticles(db: Database.Database, now: Clock) {
  const selectTopics = db.prepare<[number], { topic_slug: string; lang: string }>(
    'SELECT topic_slug, lang FROM article_topics WHERE article_id = ?',
  );
  const selectCandidates = db.prepare<
    [string, string, number, number, number],
    { article_id: number; published_ms: number }
  >(`
    SELECT article_id, published_ms FROM article_topics
    WHERE lang = ? AND topic_slug = ? AND published_ms <= ? AND article_id != ?
    ORDER BY published_ms DESC, article_id DESC LIMIT ?`);

  return function relatedIds(articleId: number, limit: number): number[] {
    const scores = new Map<number, { shared: number; published: number }>();
    for (const { topic_slug, lang } of selectTopics.all(articleId)) {
      for (const row of selectCandidates.all(lang, topic_slug, now(), articleId, CANDIDATES_PER_TOPIC)) {
        const score = scores.get(row.article_id) ?? { shared: 0, published: row.published_ms };
        score.shared += 1;
        scores.set(row.article_id, score);
      }
    }
    return [...scores]
      .sort(([idA, a], [idB, b]) => b.shared - a.shared || b.published - a.published || idB - idA)
      .slice(0, limit)
      .map(([id]) => id);
  };
}
