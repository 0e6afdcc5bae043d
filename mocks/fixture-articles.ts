import type { Article, ArticleSummary, Forum, Topic, Translation } from '../src/shared/contract.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../src/shared/languages.ts';
import { generatedCoverImage } from '../server/content/generated-cover.ts';
import { bodyPlainText, readingMinutes, renderBodyHtml } from '../server/content/render-body.ts';
import { type FixtureArticle, type FixtureTaxonomy, fixtureArticles, fixtureForums, fixtureTopics } from './data.ts';

// The fixtures in wire format, derived the way the import derives them.

export type MockArticle = ArticleSummary &
  Pick<Article, 'bodyHtml' | 'correction'> & { bodyText: string; translationGroup: string };

const named = (entry: FixtureTaxonomy, lang: Lang) =>
  lang === 'zh' ? entry.zh : { name: entry.name, description: entry.description };

const nameOf = (list: FixtureTaxonomy[], slug: string, lang: Lang) => {
  const entry = list.find((candidate) => candidate.slug === slug);
  return { slug, name: entry ? named(entry, lang).name : slug };
};

/** Like the import: an article and its translations share their original's "lang/slug". */
function translationGroup(fixture: FixtureArticle): string {
  const lang = fixture.lang ?? DEFAULT_LANG;
  if (fixture.translationOf === undefined) return `${lang}/${fixture.slug}`;
  const original = fixtureArticles.find(
    (other) => other.slug === fixture.translationOf && (other.lang ?? DEFAULT_LANG) !== lang,
  );
  return `${original?.lang ?? DEFAULT_LANG}/${fixture.translationOf}`;
}

function toMockArticle(fixture: FixtureArticle): MockArticle {
  const lang = fixture.lang ?? DEFAULT_LANG;
  const bodyHtml = renderBodyHtml(fixture.body);
  const bodyText = bodyPlainText(bodyHtml);
  return {
    slug: fixture.slug,
    lang,
    title: fixture.title,
    summary: fixture.summary,
    publishedAt: fixture.published,
    updatedAt: fixture.updated ?? fixture.published,
    author: fixture.author,
    forum: nameOf(fixtureForums, fixture.forum, lang),
    topics: fixture.topics.map((topic) => nameOf(fixtureTopics, topic, lang)),
    readingMinutes: readingMinutes(bodyText),
    cover: generatedCoverImage(fixture.slug, fixture.forum),
    bodyHtml,
    ...(fixture.correction !== undefined && { correction: fixture.correction }),
    bodyText,
    translationGroup: translationGroup(fixture),
  };
}

export const mockArticles: MockArticle[] = fixtureArticles.map(toMockArticle);

/** The article with this slug in this language (English when left out). */
export const findMockArticle = (slug: string, lang: Lang = DEFAULT_LANG) =>
  mockArticles.find((article) => article.slug === slug && article.lang === lang);

export function toSummary({
  bodyHtml: _html,
  correction: _correction,
  bodyText: _text,
  translationGroup: _group,
  ...summary
}: MockArticle): ArticleSummary {
  return summary;
}

/** Newest first, in the server's order among equals: later languages, then later slugs, first. */
export function byNewest(a: MockArticle, b: MockArticle): number {
  return (
    Date.parse(b.publishedAt) - Date.parse(a.publishedAt) ||
    LANGS.indexOf(b.lang) - LANGS.indexOf(a.lang) ||
    b.slug.localeCompare(a.slug)
  );
}

export function toArticle(article: MockArticle): Article {
  const shared = (other: MockArticle) =>
    other.topics.filter((topic) => article.topics.some((mine) => mine.slug === topic.slug)).length;
  const related = mockArticles
    .filter((other) => other.lang === article.lang && other.slug !== article.slug && shared(other) > 0)
    .sort((a, b) => shared(b) - shared(a) || byNewest(a, b))
    .slice(0, 4)
    .map(toSummary);
  const translations: Translation[] = mockArticles
    .filter((other) => other.translationGroup === article.translationGroup && other !== article)
    .sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang))
    .map(({ lang, slug, title }) => ({ lang, slug, title }));
  const { bodyText: _text, translationGroup: _group, ...withBody } = article;
  return { ...withBody, related, translations };
}

/** Forums named in `lang`, each counting its articles in that language. */
export const mockForums = (lang: Lang = DEFAULT_LANG): Forum[] =>
  fixtureForums.map((forum) => ({
    slug: forum.slug,
    ...named(forum, lang),
    articleCount: mockArticles.filter((article) => article.lang === lang && article.forum.slug === forum.slug).length,
  }));

/** Topics named in `lang`, each counting its articles in that language. */
export const mockTopics = (lang: Lang = DEFAULT_LANG): Topic[] =>
  fixtureTopics.map((topic) => ({
    slug: topic.slug,
    ...named(topic, lang),
    articleCount: mockArticles.filter(
      (article) => article.lang === lang && article.topics.some((t) => t.slug === topic.slug),
    ).length,
  }));
