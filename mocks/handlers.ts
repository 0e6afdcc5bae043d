import { http, HttpResponse } from 'msw';
import {
  type ArticleList,
  type ArticleListQuery,
  type Problem,
  createProblem,
  invalidQueryProblem,
  parseArticleListQuery,
} from '../src/api/contract.ts';
import { type MockArticle, mockArticles, mockForums, mockTopics, toArticle, toSummary } from './fixture-articles.ts';
import { excerpt, highlight, queryWords, score, textContainsAll } from './search.ts';

const problem = (body: Problem) =>
  HttpResponse.json(body, { status: body.status, headers: { 'Content-Type': 'application/problem+json' } });

const byNewest = (a: MockArticle, b: MockArticle) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt);

export function listMockArticles(query: ArticleListQuery): ArticleList {
  const { page, pageSize, forum, topic, q } = query;
  const words = q === undefined ? [] : queryWords(q);
  let found = mockArticles.filter(
    (article) => (!forum || article.forum.slug === forum) && (!topic || article.topics.some((t) => t.slug === topic)),
  );
  if (q !== undefined) {
    found = words.length ? found.filter((a) => textContainsAll(`${a.title} ${a.summary} ${a.bodyText}`, words)) : [];
  }
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

/** The happy-path API over the fixtures, following the same contract as the server. */
export const handlers = [
  http.get('*/api/articles', ({ request }) => {
    const parsed = parseArticleListQuery(new URL(request.url).searchParams);
    if (!parsed.success) return problem(invalidQueryProblem(parsed.error));
    const { forum, topic } = parsed.data;
    if (forum !== undefined && !mockForums.some((f) => f.slug === forum)) {
      return problem(createProblem(404, `There is no forum "${forum}".`));
    }
    if (topic !== undefined && !mockTopics.some((t) => t.slug === topic)) {
      return problem(createProblem(404, `There is no topic "${topic}".`));
    }
    return HttpResponse.json(listMockArticles(parsed.data));
  }),
  http.get('*/api/articles/:slug', ({ params }) => {
    const article = mockArticles.find((candidate) => candidate.slug === params.slug);
    if (!article) return problem(createProblem(404, `There is no article "${String(params.slug)}".`));
    return HttpResponse.json(toArticle(article));
  }),
  http.get('*/api/forums', () => HttpResponse.json({ items: mockForums })),
  http.get('*/api/topics', () => HttpResponse.json({ items: mockTopics })),
];
