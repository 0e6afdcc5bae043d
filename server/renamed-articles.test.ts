import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from '../mocks/data.ts';
import { articleSchema } from '../src/shared/contract.ts';
import { fixtureFileName, writeFixtureContent } from './test/fixture-site.ts';
import { useFixtureSite } from './test/use-fixture-site.ts';

// Links shared before an article was renamed keep working: its old URLs
// answer with a permanent redirect to the new ones.

const ORIGIN = 'http://news.example.org';
const contentDir = mkdtempSync(path.join(tmpdir(), 'wiotc-renamed-'));
writeFixtureContent(contentDir);
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

function rename(slug: string, lang: 'en' | 'zh', to: string, formerSlugs: string[]) {
  const article = fixtureArticles.find((fixture) => fixture.slug === slug && (fixture.lang ?? 'en') === lang)!;
  const file = path.join(contentDir, 'articles', fixtureFileName(article));
  const text = readFileSync(file, 'utf8').replace(`slug: ${slug}\n`, `slug: ${to}\nformerSlugs: [${formerSlugs}]\n`);
  writeFileSync(file, text);
}
rename('ports-track-containers-in-real-time', 'en', 'ports-track-every-container', [
  'ports-track-containers-in-real-time',
  'ports-tracking-boxes',
]);
rename('beijing-youth-iot-camp', 'zh', 'beijing-youth-camp', ['beijing-youth-iot-camp']);

const site = useFixtureSite({ contentDir });

const get = (url: string) => site.app.request(`${ORIGIN}${url}`);

describe('the old page of a renamed article', () => {
  it.each([
    ['/news/ports-track-containers-in-real-time', '/news/ports-track-every-container'],
    ['/news/ports-tracking-boxes', '/news/ports-track-every-container'],
    ['/news/ports-tracking-boxes?utm_source=mail', '/news/ports-track-every-container?utm_source=mail'],
    ['/zh/news/beijing-youth-iot-camp', '/zh/news/beijing-youth-camp'],
  ])('%s answers 301 to %s, which exists', async (old, now) => {
    const response = await get(old);
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')).toBe(now);
    expect((await get(now)).status).toBe(200);
  });

  it('redirects only within the article’s language', async () => {
    expect((await get('/zh/news/ports-track-containers-in-real-time')).status).toBe(404);
    expect((await get('/news/beijing-youth-iot-camp')).status).toBe(404);
  });
});

describe('the API of a renamed article', () => {
  it('answers 301 to the article under its slug, in the language asked for', async () => {
    const english = await get('/api/articles/ports-tracking-boxes?lang=en');
    expect(english.status).toBe(301);
    expect(english.headers.get('Location')).toBe('/api/articles/ports-track-every-container?lang=en');
    const chinese = await get('/api/articles/beijing-youth-iot-camp?lang=zh');
    expect(chinese.status).toBe(301);
    const now = await get(chinese.headers.get('Location')!);
    expect(articleSchema.parse(await now.json())).toMatchObject({ slug: 'beijing-youth-camp', lang: 'zh' });
  });

  it('keeps to the language asked for, English when none is', async () => {
    expect((await get('/api/articles/beijing-youth-iot-camp')).status).toBe(404);
    expect((await get('/api/articles/ports-tracking-boxes?lang=zh')).status).toBe(404);
  });
});

describe('feeds and the sitemap', () => {
  it('list renamed articles under their slugs only', async () => {
    for (const url of ['/sitemap.xml', '/feed.xml', '/zh/feed.xml']) {
      const text = await (await get(url)).text();
      expect(text, url).not.toMatch(/ports-track-containers-in-real-time|ports-tracking-boxes|beijing-youth-iot-camp/);
    }
    expect(await (await get('/sitemap.xml')).text()).toContain(`${ORIGIN}/news/ports-track-every-container<`);
    expect(await (await get('/sitemap.xml')).text()).toContain(`${ORIGIN}/zh/news/beijing-youth-camp<`);
    expect(await (await get('/feed.xml')).text()).toContain(`${ORIGIN}/news/ports-track-every-container`);
  });
});
