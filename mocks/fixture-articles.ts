import type { Article, ArticleSummary, Forum, Topic } from '../src/shared/contract.ts';
import { bodyPlainText, readingMinutes, renderBodyHtml } from '../server/content/render-body.ts';
import { type FixtureArticle, fixtureArticles, fixtureForums, fixtureTopics } from './data.ts';

// The fixtures in wire format, derived the way the import derives them.

export type MockArticle = ArticleSummary & { bodyHtml: string; bodyText: string };

const nameOf = (list: { slug: string; name: string }[], slug: string) => ({
  slug,
  name: list.find((entry) => entry.slug === slug)?.name ?? slug,
});

function toMockArticle(fixture: FixtureArticle): MockArticle {
  const bodyHtml = renderBodyHtml(fixture.body);
  const bodyText = bodyPlainText(bodyHtml);
  return {
    slug: fixture.slug,
    title: fixture.title,
    summary: fixture.summary,
    publishedAt: fixture.published,
    updatedAt: fixture.published,
    author: fixture.author,
    forum: nameOf(fixtureForums, fixture.forum),
    topics: fixture.topics.map((topic) => nameOf(fixtureTopics, topic)),
    readingMinutes: readingMinutes(bodyText),
    cover: { src: `/media/generated/v1/${fixture.forum}/${fixture.slug}.svg`, alt: '', width: 1200, height: 675 },
    bodyHtml,
    bodyText,
  };
}

export const mockArticles: MockArticle[] = fixtureArticles.map(toMockArticle);

export function toSummary({ bodyHtml: _html, bodyText: _text, ...summary }: MockArticle): ArticleSummary {
  return summary;
}

export function toArticle(article: MockArticle): Article {
  const shared = (other: MockArticle) =>
    other.topics.filter((topic) => article.topics.some((mine) => mine.slug === topic.slug)).length;
  const related = mockArticles
    .filter((other) => other.slug !== article.slug && shared(other) > 0)
    .sort((a, b) => shared(b) - shared(a) || Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, 4)
    .map(toSummary);
  const { bodyText: _text, ...withBody } = article;
  return { ...withBody, related };
}

export const mockForums: Forum[] = fixtureForums.map((forum) => ({
  ...forum,
  articleCount: mockArticles.filter((article) => article.forum.slug === forum.slug).length,
}));

export const mockTopics: Topic[] = fixtureTopics.map((topic) => ({
  ...topic,
  articleCount: mockArticles.filter((article) => article.topics.some((t) => t.slug === topic.slug)).length,
}));
