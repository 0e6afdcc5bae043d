import type Database from 'better-sqlite3';
import type { Article, ArticleList, ArticleListQuery, Forum, TaxonomyQuery, Topic } from '../../src/api/contract.ts';
import { createSummaryReader } from './article-rows.ts';
import { ftsMatchExpression } from './fts-query.ts';
import { MATCH_END, MATCH_START, toHighlightedText } from './marked-text.ts';

const RELATED_LIMIT = 4;
const EXCERPT_TOKENS = 24;
// bm25 weights for title, summary and body: a word in the headline counts most.
const RANK = 'bm25(articles_fts, 10.0, 4.0, 1.0)';

type Filters = { forum?: string; topic?: string };

function filterSql({ forum, topic }: Filters): string {
  const conditions = [
    forum ? 'a.forum_slug = @forum' : '',
    topic ? 'a.id IN (SELECT article_id FROM article_topics WHERE topic_slug = @topic)' : '',
  ].filter(Boolean);
  return conditions.map((condition) => ` AND ${condition}`).join('');
}

export type ArticleRepository = ReturnType<typeof createArticleRepository>;

export function createArticleRepository(db: Database.Database) {
  const readSummaries = createSummaryReader(db);
  const statements = new Map<string, Database.Statement>();
  // Filter combinations are few, so each gets one prepared statement, made on first use.
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) statements.set(sql, (prepared = db.prepare(sql)));
    return prepared;
  };

  type Named = { slug: string; name: string; description: string };
  const selectForum = db.prepare<[string], Named>('SELECT slug, name, description FROM forums WHERE slug = ?');
  const selectTopic = db.prepare<[string], Named>('SELECT slug, name, description FROM topics WHERE slug = ?');

  /** The FROM and WHERE clauses that select the articles matching the filters and search. */
  function matching({ forum, topic, q }: TaxonomyQuery) {
    const match = q ? ftsMatchExpression(q) : undefined;
    const filters = filterSql({ forum, topic });
    const searching = q !== undefined;
    const from = !searching
      ? `FROM articles a WHERE 1${filters}`
      : match
        ? `FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH @match${filters}`
        : 'FROM articles a WHERE 0'; // the text had no word to search for
    return { from, searching, params: { forum, topic, match } };
  }

  function listArticles(query: ArticleListQuery): ArticleList {
    const { page, pageSize } = query;
    const { from, searching, params: filterParams } = matching(query);
    const { match } = filterParams;
    const params = { ...filterParams, limit: pageSize, offset: (page - 1) * pageSize };
    const sort = query.sort ?? (searching ? 'relevance' : 'newest');
    const order =
      sort === 'oldest'
        ? 'a.published_ms ASC, a.id ASC'
        : sort === 'relevance' && match
          ? `${RANK}, a.published_ms DESC`
          : 'a.published_ms DESC, a.id DESC';

    const { total } = statement(`SELECT count(*) AS total ${from}`).get(params) as { total: number };
    const ids = (
      statement(`SELECT a.id ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all(params) as {
        id: number;
      }[]
    ).map((row) => row.id);

    const summaries = readSummaries(ids);
    if (match && ids.length > 0) {
      const matches = statement(`
        SELECT rowid AS id,
          highlight(articles_fts, 0, '${MATCH_START}', '${MATCH_END}') AS title,
          highlight(articles_fts, 1, '${MATCH_START}', '${MATCH_END}') AS summary,
          snippet(articles_fts, 2, '${MATCH_START}', '${MATCH_END}', '…', ${EXCERPT_TOKENS}) AS excerpt
        FROM articles_fts WHERE articles_fts MATCH @match AND rowid IN (SELECT value FROM json_each(@ids))`).all({
        match,
        ids: JSON.stringify(ids),
      }) as { id: number; title: string; summary: string; excerpt: string }[];
      for (const row of matches) {
        const summary = summaries.get(row.id);
        if (summary) {
          summary.match = {
            title: toHighlightedText(row.title),
            summary: toHighlightedText(row.summary),
            excerpt: toHighlightedText(row.excerpt),
          };
        }
      }
    }
    return {
      items: ids.flatMap((id) => summaries.get(id) ?? []),
      page,
      pageSize,
      total,
      totalPages: Math.ceil(total / pageSize),
    };
  }

  const selectArticle = db.prepare<[string], { id: number; body_html: string }>(
    'SELECT id, body_html FROM articles WHERE slug = ?',
  );
  const selectRelatedIds = db.prepare<[{ id: number; limit: number }], { id: number }>(`
    SELECT other.article_id AS id
    FROM article_topics mine JOIN article_topics other ON other.topic_slug = mine.topic_slug
    WHERE mine.article_id = @id AND other.article_id != @id
    GROUP BY other.article_id
    ORDER BY count(*) DESC, max(other.published_ms) DESC, other.article_id DESC
    LIMIT @limit`);

  function getArticle(slug: string): Article | undefined {
    const row = selectArticle.get(slug);
    if (!row) return undefined;
    const relatedIds = selectRelatedIds.all({ id: row.id, limit: RELATED_LIMIT }).map((related) => related.id);
    const summaries = readSummaries([row.id, ...relatedIds]);
    const summary = summaries.get(row.id);
    if (!summary) return undefined;
    return {
      ...summary,
      bodyHtml: row.body_html,
      related: relatedIds.flatMap((id) => summaries.get(id) ?? []),
    };
  }

  function listForums(filters: TaxonomyQuery = {}): Forum[] {
    const { from, params } = matching(filters);
    return statement(`
      SELECT f.slug, f.name, f.description, count(m.id) AS articleCount
      FROM forums f LEFT JOIN (SELECT a.id, a.forum_slug ${from}) m ON m.forum_slug = f.slug
      GROUP BY f.slug ORDER BY f.position`).all(params) as Forum[];
  }

  function listTopics(filters: TaxonomyQuery = {}): Topic[] {
    const { from, params } = matching(filters);
    return statement(`
      SELECT t.slug, t.name, t.description, count(m.id) AS articleCount
      FROM topics t
        LEFT JOIN article_topics at ON at.topic_slug = t.slug
        LEFT JOIN (SELECT a.id ${from}) m ON m.id = at.article_id
      GROUP BY t.slug ORDER BY t.position`).all(params) as Topic[];
  }

  const selectCard = db.prepare<[string], { id: number; card_src: string }>(
    'SELECT id, card_src FROM articles WHERE slug = ?',
  );

  /** What a link preview needs: the summary and the preview card's path. */
  function getShareInfo(slug: string) {
    const row = selectCard.get(slug);
    const summary = row && readSummaries([row.id]).get(row.id);
    return summary && { summary, cardSrc: row.card_src };
  }

  const selectSitemapEntries = db.prepare<[], { slug: string; updatedAt: string }>(
    'SELECT slug, updated_at AS updatedAt FROM articles ORDER BY published_ms DESC, id DESC',
  );

  const selectMedia = db.prepare<[string], { mime: string; data: Buffer }>(
    'SELECT mime, data FROM media WHERE path = ?',
  );

  // The database never changes while it is open, so its import time names every answer's version.
  const importedAt =
    db.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'imported_at'").get()?.value ?? '';

  return {
    version: importedAt,
    listArticles,
    getArticle,
    listForums,
    listTopics,
    getForum: (slug: string) => selectForum.get(slug),
    getTopic: (slug: string) => selectTopic.get(slug),
    hasForum: (slug: string) => selectForum.get(slug) !== undefined,
    hasTopic: (slug: string) => selectTopic.get(slug) !== undefined,
    getShareInfo,
    listSitemapEntries: () => selectSitemapEntries.all(),
    getMedia: (path: string) => selectMedia.get(path),
  };
}
