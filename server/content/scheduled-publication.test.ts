import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { importContent } from './import-content.ts';

// A story dated in the future is embargoed: the import stores it, and readers
// see it nowhere until its time, then everywhere at once, with no import or
// restart. The clock is the repository's, so the test sets the time.

const site = useFixtureSite({ fresh: true });
const IMPORTED = Date.parse('2026-11-01T00:00:00Z');
const RELEASE = Date.parse('2026-12-01T09:00:00+08:00');
const SLUG = 'quokka-sensors-reach-every-port';
const TRANSLATED = 'ports-track-containers-in-real-time';

function writeScheduled() {
  const dir = path.join(site.contentDir, 'articles');
  mkdirSync(dir, { recursive: true });
  const front = (lines: string[]) => `---\n${lines.join('\n')}\n---\n\nQuokka sensors now report from every quay to the gridz.\n`;
  writeFileSync(
    path.join(dir, `2026-12-01-${SLUG}.md`),
    front([
      'title: Quokka sensors reach every port',
      'published: 2026-12-01T09:00:00+08:00',
      'forum: energy-session',
      'topics: [standards]',
      'summary: An embargoed story.',
    ]),
  );
  writeFileSync(
    path.join(dir, `2026-12-01-${TRANSLATED}.zh.md`),
    front([
      'title: 港口实时追踪集装箱',
      'lang: zh',
      `translationOf: ${TRANSLATED}`,
      'published: 2026-12-01T09:00:00+08:00',
      'forum: logistics-session',
      'topics: [supply-chain]',
      'summary: 定时发布的译文。',
    ]),
  );
}

async function scheduledSite() {
  writeScheduled();
  const result = await importContent(site.contentDir, site.databaseFile, { skipCards: true, now: IMPORTED });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  let now = RELEASE - 1;
  const db = openDatabase(site.databaseFile);
  const repository = createArticleRepository(db, { clock: () => now });
  const app = createApp({ repository: () => repository, distDir: site.distDir });
  const json = async (url: string) => (await app.request(url)).json();
  const text = async (url: string) => (await app.request(url)).text();
  const countOf = async (url: string, slug: string) =>
    ((await json(url)).items as { slug: string; articleCount: number }[]).find((item) => item.slug === slug)
      ?.articleCount;
  // Everything a reader could reach the story by.
  const seen = async () => ({
    page: (await app.request(`/news/${SLUG}`)).status,
    api: (await app.request(`/api/articles/${SLUG}`)).status,
    lead: (await json('/api/articles?pageSize=1')).items[0].slug,
    total: (await json('/api/articles?pageSize=1')).total,
    forumCount: await countOf('/api/forums', 'energy-session'),
    topicCount: await countOf('/api/topics', 'standards'),
    topicsBesideStandards: await countOf('/api/topics?topic=standards', 'standards'),
    edition2026: ((await json('/api/editions')).items as { year: number }[]).some((edition) => edition.year === 2026),
    searched: (await json('/api/articles?q=quokka')).total,
    searchedAcrossLanguages: (await json('/api/articles?q=quokka&languages=all')).total,
    // A misspelling is corrected only to words readers may see, and a word
    // only the story holds is corrected like a typo until it is published.
    corrected: (await json('/api/articles?q=quakka')).correctedQuery,
    storyWord: (await json('/api/articles?q=gridz')).correctedQuery,
    feed: (await text('/feed.xml')).includes(SLUG),
    forumFeed: (await text('/forums/energy-session/feed.xml')).includes(SLUG),
    sitemap: (await text('/sitemap.xml')).includes(SLUG),
    translation: (await app.request(`/zh/news/${TRANSLATED}`)).status,
    translationsListed: (await json(`/api/articles/${TRANSLATED}`)).translations.length,
  });
  return { result, repository, app, seen, setNow: (time: number) => (now = time), close: () => db.close() };
}

describe('a scheduled article', () => {
  it('is seen nowhere a second before its time, and everywhere at its time, by itself', async () => {
    const scheduled = await scheduledSite();
    const before = await scheduled.seen();
    expect(before).toMatchObject({
      page: 404,
      api: 404,
      edition2026: false,
      searched: 0,
      searchedAcrossLanguages: 0,
      corrected: undefined,
      storyWord: 'grid',
      feed: false,
      forumFeed: false,
      sitemap: false,
      translation: 404,
      translationsListed: 0,
    });
    expect(before.lead).not.toBe(SLUG);

    scheduled.setNow(RELEASE);
    const after = await scheduled.seen();
    expect(after).toEqual({
      page: 200,
      api: 200,
      lead: SLUG,
      total: before.total + 1,
      forumCount: before.forumCount! + 1,
      topicCount: before.topicCount! + 1,
      topicsBesideStandards: before.topicsBesideStandards! + 1,
      edition2026: true,
      searched: 1,
      searchedAcrossLanguages: 2,
      corrected: 'quokka',
      storyWord: undefined,
      feed: true,
      forumFeed: true,
      sitemap: true,
      translation: 200,
      translationsListed: 1,
    });
    scheduled.close();
  });

  it('gets answers that are new at its time, and caches told not to keep older ones past it', async () => {
    const scheduled = await scheduledSite();
    scheduled.setNow(RELEASE - 10_000);
    const early = await scheduled.app.request('/api/articles?pageSize=1');
    expect(early.headers.get('Cache-Control')).toContain('max-age=10,');
    scheduled.setNow(RELEASE);
    const onTime = await scheduled.app.request('/api/articles?pageSize=1', {
      headers: { 'If-None-Match': early.headers.get('ETag')! },
    });
    expect(onTime.status).toBe(200);
    expect((await onTime.json()).items[0].slug).toBe(SLUG);
    expect(onTime.headers.get('Cache-Control')).toContain('max-age=60,');
    scheduled.close();
  });

  it('is listed by the import with its preview, which shows it before its time and not to search engines', async () => {
    const scheduled = await scheduledSite();
    const held = scheduled.result.ok ? scheduled.result.held : [];
    expect(held.map(({ file, lang, draft }) => ({ file, lang, draft }))).toEqual([
      { file: `articles/2026-12-01-${TRANSLATED}.zh.md`, lang: 'zh', draft: false },
      { file: `articles/2026-12-01-${SLUG}.md`, lang: 'en', draft: false },
    ]);
    const key = held[1].previewKey;
    expect(key).toMatch(/^[\w-]{22}$/);
    expect(key).not.toContain(SLUG);
    expect(scheduled.repository.getPreview(key)).toMatchObject({ visible: false, draft: false, article: { slug: SLUG } });
    expect(scheduled.repository.getPreview('x'.repeat(22))).toBeUndefined();

    const page = await scheduled.app.request(`/preview/${key}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('X-Robots-Tag')).toBe('noindex, nofollow');
    expect(page.headers.get('Cache-Control')).toBe('private, no-store');
    const html = await page.text();
    expect(html).toContain('<meta name="robots" content="noindex');
    // The head the article will have: title, share card and address.
    expect(html).toContain('<title>Quokka sensors reach every port · WIOTC News Center</title>');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<link rel="canonical" href="http://localhost/news/${SLUG}">`);
    const api = await scheduled.app.request(`/api/preview/${key}`);
    expect(api.headers.get('Cache-Control')).toBe('private, no-store');
    expect(await api.json()).toMatchObject({ state: 'scheduled', article: { slug: SLUG } });
    // Only in its own language, and nowhere under a key that is not one.
    expect((await scheduled.app.request(`/zh/preview/${key}`)).status).toBe(404);
    expect((await scheduled.app.request(`/preview/${'x'.repeat(22)}`)).status).toBe(404);
    expect(await (await scheduled.app.request('/sitemap.xml')).text()).not.toContain('/preview/');

    scheduled.setNow(RELEASE);
    expect(await (await scheduled.app.request(`/api/preview/${key}`)).json()).toMatchObject({ state: 'published' });
    scheduled.close();
  });
});
