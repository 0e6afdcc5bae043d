import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { type FixtureArticle, fixtureArticles } from '../../mocks/data.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// An edition page's head, as link previews and crawlers read it. Thirteen more
// articles from 2019 give that edition, narrowed by forum and topic, a second page.
const EXTRA_2019: FixtureArticle[] = Array.from({ length: 13 }, (_, index) => ({
  slug: `grid-note-2019-${index + 1}`,
  title: `Grid Note ${index + 1}`,
  summary: 'A short note from the energy session.',
  published: `2019-11-${String(index + 1).padStart(2, '0')}T10:00:00+08:00`,
  forum: 'energy-session',
  topics: ['standards'],
  author: 'Staff reporter',
  body: 'Body text.',
}));

const ORIGIN = 'http://news.example.org';
const site = useFixtureSite({ articles: [...fixtureArticles, ...EXTRA_2019] });

async function page(url: string) {
  const response = await site.app.request(`${ORIGIN}${url}`);
  const { document } = new JSDOM(await response.text()).window;
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
  const hreflang = Object.fromEntries(
    Array.from(document.querySelectorAll('link[rel="alternate"][hreflang]')).map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]),
  );
  const feeds = Array.from(document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')).map((link) =>
    link.getAttribute('href'),
  );
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return { status: response.status, document, meta, hreflang, feeds, canonical };
}

describe('an edition page', () => {
  it('has its year in the title, with the forum, topic and page it is narrowed to, all kept in the canonical URL', async () => {
    const { status, document, meta, canonical, feeds, hreflang } = await page(
      '/editions/2019?topic=standards&utm_source=chat&page=2&forum=energy-session',
    );
    expect(status).toBe(200);
    expect(document.title).toBe('WIOTC 2019: Energy Session, Standards, page 2 · WIOTC News Center');
    expect(meta('description')).toBe('News from the World Internet of Things Convention 2019.');
    expect(canonical).toBe(`${ORIGIN}/editions/2019?forum=energy-session&topic=standards&page=2`);
    expect(meta('og:url')).toBe(canonical);
    expect(feeds).toEqual([`${ORIGIN}/editions/2019/feed.xml`, `${ORIGIN}/feed.xml`]);
    // There is no Chinese news from 2019, so the page has no Chinese version.
    expect(hreflang).toEqual({
      en: `${ORIGIN}/editions/2019?forum=energy-session&topic=standards&page=2`,
      'x-default': `${ORIGIN}/editions/2019?forum=energy-session&topic=standards&page=2`,
    });
    expect(meta('robots')).toBeUndefined();
  });

  it('comes rendered, with its heading, count and articles', async () => {
    const { document } = await page('/editions/2023');
    expect(document.querySelector('main h1')?.textContent).toBe('WIOTC 2023');
    expect(document.querySelector('.list-count')?.textContent).toBe('3 articles');
    expect(Array.from(document.querySelectorAll('main article h2, main article h3')).map((h) => h.textContent)).toEqual(
      [
        'Grid Operators Agree to Share Outage Data',
        'Ambassadors Discuss Digital Trade Corridors',
        'The World Internet of Things Convention 2023 Kicked off in Beijing',
      ],
    );
  });

  it('exists in Chinese for the years with Chinese news, and names both versions', async () => {
    const { status, document, feeds, hreflang } = await page('/zh/editions/2023?forum=energy-session');
    expect(status).toBe(200);
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(document.title).toBe('2023世界物联网大会：能源分论坛 · 世界物联网大会新闻中心');
    expect(document.querySelector('main h1')?.textContent).toBe('2023世界物联网大会');
    expect(feeds).toEqual([`${ORIGIN}/zh/editions/2023/feed.xml`, `${ORIGIN}/zh/feed.xml`]);
    expect(hreflang).toEqual({
      en: `${ORIGIN}/editions/2023?forum=energy-session`,
      'zh-Hans': `${ORIGIN}/zh/editions/2023?forum=energy-session`,
      'x-default': `${ORIGIN}/editions/2023?forum=energy-session`,
    });
  });

  it.each([
    '/editions/2017',
    '/editions/1999',
    '/editions/abc',
    '/editions/20233',
    '/editions/2023.0',
    '/zh/editions/2016',
    '/editions/2023?forum=nowhere',
    '/editions/2023?topic=nothing',
    '/editions',
    '/editions/2023/extra',
  ])('%s is a 404', async (url) => {
    const { status, document } = await page(url);
    expect(status).toBe(404);
    expect(document.title).toBe(
      url.startsWith('/zh/') ? '页面不存在 · 世界物联网大会新闻中心' : 'Page not found · WIOTC News Center',
    );
  });
});

describe('the about and accessibility pages', () => {
  it.each([
    ['/about', 'About the News Center · WIOTC News Center'],
    ['/accessibility', 'Accessibility statement · WIOTC News Center'],
    ['/zh/about', '关于新闻中心 · 世界物联网大会新闻中心'],
    ['/zh/accessibility', '无障碍声明 · 世界物联网大会新闻中心'],
  ])('%s has its title, a canonical URL and both language versions', async (url, title) => {
    const { status, document, canonical, hreflang } = await page(`${url}?utm_source=x`);
    expect(status).toBe(200);
    expect(document.title).toBe(title);
    expect(canonical).toBe(`${ORIGIN}${url}`);
    expect(Object.keys(hreflang)).toEqual(['en', 'zh-Hans', 'x-default']);
    expect(document.querySelectorAll('main h1')).toHaveLength(1);
  });
});
