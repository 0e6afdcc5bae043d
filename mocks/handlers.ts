import { http, HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import {
  type ArticleList,
  type ArticlePreview,
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
import { type PlannedPhrase, correctSpelling, planSearch } from '../src/shared/search-plan.ts';
import { excerpt, highlight, textContainsAll, textContainsAllAsTyped } from '../src/shared/search-matching.ts';
import { score, vocabularyOf } from './search.ts';

const problem = (body: Problem) =>
  HttpResponse.json(body, { status: body.status, headers: { 'Content-Type': 'application/problem+json' } });

// Like the server's repository, the language may be left out: it is then English.
type InLanguage<Query> = Omit<Query, 'lang'> & { lang?: Lang };

/** What the index holds of an article: its texts and the names of its forum and topics. */
const searchable = (article: MockArticle) => ({
  title: article.title,
  summary: article.summary,
  body: article.bodyText,
  tags: [article.forum.name, ...article.topics.map((topic) => topic.name)].join(' · '),
});
const fullText = (article: MockArticle) => Object.values(searchable(article)).join(' ');
const mockVocabulary = vocabularyOf(mockArticles.map(fullText));

/** The fixtures in the language asked for (or in all), that pass the filters and contain every phrase. */
function filteredMockArticles(
  { lang = DEFAULT_LANG, languages, forum, topic, year }: InLanguage<TaxonomyQuery>,
  phrases?: PlannedPhrase[],
) {
  return mockArticles.filter(
    (article) =>
      (languages === 'all' || article.lang === lang) &&
      (!forum || article.forum.slug === forum) &&
      (!topic || article.topics.some((t) => t.slug === topic)) &&
      (year === undefined || yearOf(article) === year) &&
      (!phrases || (phrases.length > 0 && textContainsAll(fullText(article), phrases))),
  );
}

/**
 * The matching fixtures, and what was searched: like the server, a query with
 * a word no fixture holds is searched as corrected if that finds something.
 */
function matchingMockArticles(query: InLanguage<TaxonomyQuery>) {
  if (query.q === undefined) return { found: filteredMockArticles(query), searched: undefined };
  const typed = planSearch(query.q, mockVocabulary);
  const correctedQuery = correctSpelling(typed, mockVocabulary);
  if (correctedQuery !== undefined) {
    const phrases = planSearch(correctedQuery, mockVocabulary).phrases;
    const found = filteredMockArticles(query, phrases);
    if (found.length > 0) return { found, searched: { phrases, correctedQuery } };
  }
  return { found: filteredMockArticles(query, typed.phrases), searched: { phrases: typed.phrases } };
}

export function listMockArticles(query: InLanguage<ArticleListQuery>): ArticleList {
  const { page, pageSize, q } = query;
  const { found, searched } = matchingMockArticles(query);
  const phrases = searched?.phrases ?? [];
  const sort = query.sort ?? (q !== undefined ? 'relevance' : 'newest');
  // Articles holding every phrase as typed first, like the server's exact matches.
  const exact = (a: MockArticle) => Number(textContainsAllAsTyped(fullText(a), phrases));
  const rank = (a: MockArticle) => score(searchable(a), phrases);
  found.sort(
    sort === 'oldest'
      ? (a, b) => -byNewest(a, b)
      : sort === 'relevance' && q !== undefined
        ? (a, b) => exact(b) - exact(a) || rank(b) - rank(a) || byNewest(a, b)
        : byNewest,
  );
  const items = found.slice((page - 1) * pageSize, page * pageSize).map((article) => ({
    ...toSummary(article),
    ...(q !== undefined && {
      match: {
        title: highlight(article.title, phrases),
        summary: highlight(article.summary, phrases),
        excerpt: excerpt(article.bodyText, phrases),
      },
    }),
  }));
  const total = found.length;
  return { items, page, pageSize, total, totalPages: Math.ceil(total / pageSize), ...corrected(searched) };
}

const corrected = (searched: { correctedQuery?: string } | undefined) =>
  searched?.correctedQuery === undefined ? {} : { correctedQuery: searched.correctedQuery };

/** Forums and topics named in the answer's language, counting the matching articles. */
function countMock(filters: TaxonomyQuery) {
  const { found, searched } = matchingMockArticles(filters);
  const outcome = corrected(searched);
  return {
    forums: {
      items: mockForums(filters.lang).map((forum) => ({
        ...forum,
        articleCount: found.filter((article) => article.forum.slug === forum.slug).length,
      })),
      ...outcome,
    },
    topics: {
      items: mockTopics(filters.lang).map((topic) => ({
        ...topic,
        articleCount: found.filter((article) => article.topics.some((t) => t.slug === topic.slug)).length,
      })),
      ...outcome,
    },
    // The years the language has articles from, newest first, whatever the filters leave of them.
    editions: {
      items: [...new Set(matchingMockArticles({ lang: filters.lang, languages: filters.languages }).found.map(yearOf))]
        .sort((a, b) => b - a)
        .map((year) => ({ year, articleCount: found.filter((article) => yearOf(article) === year).length })),
      ...outcome,
    },
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

/**
 * The preview address of a draft among the fixtures: the newest English
 * article, as if it were not published yet (the server's keys are HMACs, see
 * server/content/preview-keys.ts; any unknown key is a 404 there as here).
 */
export const MOCK_PREVIEW_KEY = 'mockPreviewKey12345678';
const previewed = () => [...mockArticles].filter((article) => article.lang === 'en').sort(byNewest)[0];

/** The happy-path API over the fixtures, following the same contract as the server. */
export const handlers = [
  http.get('*/api/preview/:key', ({ request, params }) => {
    const parsed = parseQueryParams(articleQuerySchema, new URL(request.url).searchParams);
    if (!parsed.success) return problem(invalidQueryProblem(parsed.error));
    const article = previewed();
    if (params.key !== MOCK_PREVIEW_KEY || parsed.data.lang !== article.lang) {
      return problem(createProblem(404, 'There is no preview at this address.'));
    }
    const answer: ArticlePreview = { state: 'draft', article: toArticle(article), cardSrc: '/media/cards/preview.jpg' };
    return HttpResponse.json(answer);
  }),
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
    return failed ?? HttpResponse.json(countMock(query).forums);
  }),
  http.get('*/api/topics', ({ request }) => {
    const { failed, query } = readFilters(request, taxonomyQuerySchema);
    return failed ?? HttpResponse.json(countMock(query).topics);
  }),
  http.get('*/api/editions', ({ request }) => {
    const { failed, query } = readFilters(request, taxonomyQuerySchema);
    return failed ?? HttpResponse.json(countMock(query).editions);
  }),
];
