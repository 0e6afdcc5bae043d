import type Database from 'better-sqlite3';
import type { ArticleSummary } from '../../src/shared/contract.ts';
import type { Lang } from '../../src/shared/languages.ts';

type SummaryRow = {
  id: number;
  lang: Lang;
  slug: string;
  title: string;
  summary: string;
  published_at: string;
  updated_at: string;
  author: string;
  reading_minutes: number;
  cover_src: string;
  cover_alt: string;
  cover_width: number;
  cover_height: number;
  cover_srcset: string | null;
  cover_sources: string | null;
  cover_caption: string | null;
  cover_credit: string | null;
  forum_slug: string;
  forum_name: string;
};

export const SUMMARY_COLUMNS = `
  a.id, a.lang, a.slug, a.title, a.summary, a.published_at, a.updated_at, a.author, a.reading_minutes,
  a.cover_src, a.cover_alt, a.cover_width, a.cover_height, a.cover_srcset, a.cover_sources,
  a.cover_caption, a.cover_credit, a.forum_slug, f.name AS forum_name`;

/** Loads article summaries by id; each names its forum and topics in its own language. */
export function createSummaryReader(db: Database.Database) {
  const selectSummaries = db.prepare<[string], SummaryRow>(`
    SELECT ${SUMMARY_COLUMNS}
    FROM articles a JOIN forums f ON f.slug = a.forum_slug AND f.lang = a.lang
    WHERE a.id IN (SELECT value FROM json_each(?))`);
  const selectTopics = db.prepare<[string], { article_id: number; slug: string; name: string }>(`
    SELECT at.article_id, t.slug, t.name
    FROM article_topics at JOIN topics t ON t.slug = at.topic_slug AND t.lang = at.lang
    WHERE at.article_id IN (SELECT value FROM json_each(?))
    ORDER BY at.article_id, at.position`);

  return function readSummaries(ids: number[]): Map<number, ArticleSummary> {
    const summaries = new Map<number, ArticleSummary>();
    if (ids.length === 0) return summaries;
    const idList = JSON.stringify(ids);
    const topicsById = new Map<number, { slug: string; name: string }[]>();
    for (const { article_id, slug, name } of selectTopics.all(idList)) {
      const list = topicsById.get(article_id) ?? [];
      list.push({ slug, name });
      topicsById.set(article_id, list);
    }
    for (const row of selectSummaries.all(idList)) {
      summaries.set(row.id, {
        slug: row.slug,
        lang: row.lang,
        title: row.title,
        summary: row.summary,
        publishedAt: row.published_at,
        updatedAt: row.updated_at,
        author: row.author,
        forum: { slug: row.forum_slug, name: row.forum_name },
        topics: topicsById.get(row.id) ?? [],
        readingMinutes: row.reading_minutes,
        cover: {
          src: row.cover_src,
          alt: row.cover_alt,
          width: row.cover_width,
          height: row.cover_height,
          ...(row.cover_srcset !== null && { srcset: row.cover_srcset }),
          ...(row.cover_sources && { sources: JSON.parse(row.cover_sources) }),
          ...(row.cover_caption !== null && { caption: row.cover_caption }),
          ...(row.cover_credit !== null && { credit: row.cover_credit }),
        },
      });
    }
    return summaries;
  };
}
