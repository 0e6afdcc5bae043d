import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/shared/languages.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// The content that ships with the portal must import cleanly and cover what
// the portal promises readers: every edition, many forums and topics.

const site = useFixtureSite({ contentDir: path.resolve(import.meta.dirname, '../../content') });
const SEED = 'world-internet-of-things-convention-2023-kicked-off-in-beijing';

function everything(lang: Lang = 'en') {
  const first = site.repository.listArticles({ lang, page: 1, pageSize: 50 });
  const rest = Array.from({ length: first.totalPages - 1 }, (_, index) =>
    site.repository.listArticles({ lang, page: index + 2, pageSize: 50 }),
  );
  return [first, ...rest].flatMap((list) => list.items);
}

describe('the shipped content', () => {
  it('has the seed article and at least 40 samples over every edition from 2016 to 2025', () => {
    const articles = everything();
    expect(articles.map((article) => article.slug)).toContain(SEED);
    expect(articles.length).toBeGreaterThanOrEqual(41);
    const years = new Set(articles.map((article) => article.publishedAt.slice(0, 4)));
    expect([...years].sort()).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('uses at least 6 forums and 15 topics', () => {
    expect(site.repository.listForums().items.filter((forum) => forum.articleCount > 0).length).toBeGreaterThanOrEqual(6);
    expect(site.repository.listTopics().items.filter((topic) => topic.articleCount > 0).length).toBeGreaterThanOrEqual(15);
  });

  it('finds the seed article first when searching for Guterres, or the start of his name', () => {
    for (const q of ['Guterres', 'guter', 'António Guterres', 'antonio']) {
      const [first] = site.repository.listArticles({ page: 1, pageSize: 12, q }).items;
      expect(first.slug, q).toBe(SEED);
    }
  });

  it('keeps the seed article text as written', () => {
    const seed = site.repository.getArticle('en', SEED)!;
    expect(seed.title).toBe('The World Internet of Things Convention 2023 Kicked off in Beijing');
    expect(seed.publishedAt.slice(0, 10)).toBe('2023-11-20');
    expect(seed.bodyHtml.match(/<p>/g)).toHaveLength(8);
    expect(seed.bodyHtml).toContain('“New Internet of Things, New Economy, New Era”');
  });

  it('has the seed article in Chinese, 20 more translations and 5 articles only in Chinese', () => {
    const chinese = everything('zh').map((summary) => site.repository.getArticle('zh', summary.slug)!);
    const translated = chinese.filter((article) => article.translations.some((version) => version.lang === 'en'));
    expect(translated.length).toBeGreaterThanOrEqual(21);
    expect(chinese.length - translated.length).toBeGreaterThanOrEqual(5);
    const seed = site.repository.getArticle('zh', SEED)!;
    expect(seed.title).toBe('2023世界物联网大会在北京开幕');
    expect(seed.translations).toEqual([{ lang: 'en', slug: SEED, title: site.repository.getArticle('en', SEED)!.title }]);
    // A faithful translation: paragraph for paragraph, and the same reading time as the original.
    expect(seed.bodyHtml.match(/<p>/g)).toHaveLength(8);
    expect(seed.readingMinutes).toBe(site.repository.getArticle('en', SEED)!.readingMinutes);
    expect(seed.forum.name).toBe('开幕式');
  });

  it('names every forum and topic in Chinese', () => {
    for (const entry of [...site.repository.listForums({ lang: 'zh' }).items, ...site.repository.listTopics({ lang: 'zh' }).items]) {
      expect(entry.name, entry.slug).toMatch(/\p{Script=Han}/u);
      expect(entry.description, entry.slug).toMatch(/\p{Script=Han}/u);
    }
  });
});
