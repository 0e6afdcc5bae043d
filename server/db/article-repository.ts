import type Database from 'better-sqlite3';
import type { Article, ArticleList, ArticleListQuery, Forum, TaxonomyQuery } from '../../src/shared/contract.ts';
import { createSummaryReader } from './article-rows.ts';
import { createBrowseQueries } from './browse-queries.ts';
import { ftsMatchExpression } from './fts-query.ts';
import { createRelatedArticles } from './related-articles.ts';
import { type Order, createSearchQueries } from './search-queries.ts';
import { createTaxonomyQueries } from './taxonomy-queries.ts';

const RELATED_LIMIT = 4;

export type ArticleRepository = ReturnType<typeof createArticleRepository>;

/** Everything the API and the pages read, over one open database. */
export function createArticleRepository(db: Database.Database) {
  const readSummaries = createSummaryReader(db);
  const browse = createBrowseQueries(db);
  const search = createSearchQueries(db);
  const taxonomy = createTaxonomyQueries(db);
  const relatedIds = createRelatedArticles(db);

  function listArticles(query: ArticleListQuery): ArticleList {
    const { page, pageSize, forum, topic, q } = query;
    const filters = { forum, topic };
    const offset = (page - 1) * pageSize;
    const searching = q !== undefined;
    // Text with no word in it ("*", "--") matches nothing rather than everything.
    const match = searching ? ftsMatchExpression(q) : undefined;
    const order: Order = query.sort ?? (searching ? 'relevance' : 'newest');

    let ids: number[] = [];
    let total = 0;
    if (match) {
      total = search.total(match, filters);
      ids = search.pageIds(match, filters, order, pageSize, offset);
    } else if (!searching) {
      total = browse.total(filters);
      ids = browse.pageIds(filters, order === 'oldest', pageSize, offset);
    }

    const summaries = readSummaries(ids);
    if (match) {
      for (const [id, found] of search.matches(match, ids)) {
        const summary = summaries.get(id);
        if (summary) summary.match = found;
      }
    }
    const items = ids.flatMap((id) => summaries.get(id) ?? []);
    return { items, page, pageSize, total, totalPages: Math.ceil(total / pageSize) };
  }

  function countsBy(kind: 'forum' | 'topic', { forum, topic, q }: TaxonomyQuery): Forum[] {
    if (q === undefined) return taxonomy.browseCounts(kind, { forum, topic });
    const match = ftsMatchExpression(q);
    return taxonomy.withCounts(kind, match ? search.countsBy(kind, match, { forum, topic }) : new Map());
  }

  const selectArticle = db.prepare<[string], { id: number; body_html: string }>(
    'SELECT id, body_html FROM articles WHERE slug = ?',
  );

  function getArticle(slug: string): Article | undefined {
    const row = selectArticle.get(slug);
    if (!row) return undefined;
    const related = relatedIds(row.id, RELATED_LIMIT);
    const summaries = readSummaries([row.id, ...related]);
    const summary = summaries.get(row.id);
    if (!summary) return undefined;
    return { ...summary, bodyHtml: row.body_html, related: related.flatMap((id) => summaries.get(id) ?? []) };
  }

  type Named = { slug: string; name: string; description: string };
  const selectForum = db.prepare<[string], Named>('SELECT slug, name, description FROM forums WHERE slug = ?');
  const selectTopic = db.prepare<[string], Named>('SELECT slug, name, description FROM topics WHERE slug = ?');
  const selectCard = db.prepare<[string], { id: number; card_src: string }>(
    'SELECT id, card_src FROM articles WHERE slug = ?',
  );
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
    listForums: (filters: TaxonomyQuery = {}) => countsBy('forum', filters),
    listTopics: (filters: TaxonomyQuery = {}) => countsBy('topic', filters),
    getForum: (slug: string) => selectForum.get(slug),
    getTopic: (slug: string) => selectTopic.get(slug),
    hasForum: (slug: string) => selectForum.get(slug) !== undefined,
    hasTopic: (slug: string) => selectTopic.get(slug) !== undefined,
    /** What a link preview needs: the summary and the preview card's path. */
    getShareInfo(slug: string) {
      const row = selectCard.get(slug);
      const summary = row && readSummaries([row.id]).get(row.id);
      return summary && { summary, cardSrc: row.card_src };
    },
    listSitemapEntries: () => selectSitemapEntries.all(),
    getMedia: (path: string) => selectMedia.get(path),
  };
}
