import { http, HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import {
  type ArticleList,
  type ArticleListQuery,
  type Problem,
  type TaxonomyQuery,
  articleListQuerySchema,
  articleQuerySchema,
  createProblem,
  invalidQueryProblem,
  parseQueryParams,
  readFilteredQuery,
  taxonomyQuerySchema,
} from '../src/shared/contract.ts';
import { beijingYear } from '../src/shared/beijing-time.ts';
import { DEFAULT_LANG, type Lang } from '../src/shared/languages.ts';
import {
  type MockArticle,
  byNewest,
  findMockArticle,
  mockArticles,
  mockForums,
  mockTopics,
  toArticle,
  toSummary,
} from './fixture-articles.ts';
import { excerpt, highlight, queryWords, score, textContainsAll } from './search.ts';

const problem = (body: Problem) =>
  HttpResponse.json(body, { status: body.status, headers: { 'Content-Type': 'application/problem+json' } });

// Like the server's repository, the language may be left out: it is then English.
type InLanguage<Query> = Omit<Query, 'lang'> & { lang?: Lang };

/** The fixtures in the language asked for (or in all), that pass the filters and contain every searched word. */
function matchingMockArticles({ lang = DEFAULT_LANG, languages, forum, topic, year, q }: InLanguage<TaxonomyQuery>) {
  const words = q === undefined ? [] : queryWords(q);
  return mockArticles.filter(
    (article) =>
      (languages === 'all' || article.lang === lang) &&
      (!forum || article.forum.slug === forum) &&
      (!topic || article.topics.some((t) => t.slug === topic)) &&
      (year === undefined || yearOf(article) === year) &&
      (q === undefined ||
        (words.length > 0 && textContainsAll(`${article.title} ${article.summary} ${article.bodyText}`, words))),
  );
}

export function listMockArticles(query: InLanguage<ArticleListQuery>): ArticleList {
  const { page, pageSize, q } = query;
  const words = q === undefined ? [] : queryWords(q);
  const found = matchingMockArticles(query);
  const sort = query.sort ?? (q !== undefined ? 'relevance' : 'newest');
  const rank = (a: MockArticle) => score(a.title, a.summary, a.bodyText, words);
  found.sort(
    sort === 'oldest'
      ? (a, b) => -byNewest(a, b)
      : sort === 'relevance' && q !== undefined
        ? (a, b) => rank(b) - rank(a) || byNewest(a, b)
        : byNewest,
  );
  const items = found.slice((page - 1) * pageSize, page * pageSize).map((article) => ({
    ...toSummary(article),
    ...(q !== undefined && {
      match: {
        title: highlight(article.title, words),
        summary: highlight(article.summary, words),
        excerpt: excerpt(article.bodyText, words),
      },
    }),
  }));
  return { items, page, pageSize, total: found.length, totalPages: Math.ceil(found.length / pageSize) };
}

/** Forums and topics named in the answer's language, counting the matching articles. */
function countMock(filters: TaxonomyQuery) {
  const found = matchingMockArticles(filters);
  return {
    forums: mockForums(filters.lang).map((forum) => ({
      ...forum,
      articleCount: found.filter((article) => article.forum.slug === forum.slug).length,
    })),
    topics: mockTopics(filters.lang).map((topic) => ({
      ...topic,
      articleCount: found.filter((article) => article.topics.some((t) => t.slug === topic.slug)).length,
    })),
    // The years the language has articles from, newest first, whatever the filters leave of them.
    editions: [...new Set(matchingMockArticles({ lang: filters.lang, languages: filters.languages }).map(yearOf))]
      .sort((a, b) => b - a)
      .map((year) => ({ year, articleCount: found.filter((article) => yearOf(article) === year).length })),
  };
}

const yearOf = (article: MockArticle) => beijingYear(article.publishedAt);

const knownTaxonomy = {
  hasForum: (slug: string) => mockForums().some((forum) => forum.slug === slug),
  hasTopic: (slug: string) => mockTopics().some((topic) => topic.slug === slug),
  hasYear: (year: number) => mockArticles.some((article) => yearOf(article) === year),
};

function readFilters<Schema extends z.ZodMiniObject>(request: Request, schema: Schema) {
  const { query, problem: invalid } = readFilteredQuery(schema, new URL(request.url).searchParams, knownTaxonomy);
  return invalid ? { failed: problem(invalid) } : { query };
}

/** The happy-path API over the fixtures, following the same contract as the server. */
export const handlers = [
  http.get('*/api/articles', ({ request }) => {
    const { failed, query } = readFilters(request, articleListQuerySchema);
    return failed ?? HttpResponse.json(listMockArticles(query));
  }),
  http.get('*/api/articles/:slug', ({ request, params }) => {
    const parsed = parseQueryParams(articleQuerySchema, new URL(request.url).searchParams);
    if (!parsed.success) return problem(invalidQueryProblem(parsed.error));
    const article = findMockArticle(String(params.slug), parsed.data.lang);
    if (!article) return problem(createProblem(404, `There is no article "${String(params.slug)}".`));
    return HttpResponse.json(toArticle(article));
  }),
  http.get('*/api/forums', ({ request }) => {
    const { failed, query } = readFilters(request, taxonomyQuerySchema);
    return failed ?? HttpResponse.json({ items: countMock(query).forums });
  }),
  http.get('*/api/topics', ({ request }) => {
    const { failed, query } = readFilters(request, taxonomyQuerySchema);
    return failed ?? HttpResponse.json({ items: countMock(query).topics });
  }),
  http.get('*/api/editions', ({ request }) => {
    const { failed, query } = readFilters(request, taxonomyQuerySchema);
    return failed ?? HttpResponse.json({ items: countMock(query).editions });
  }),
];
