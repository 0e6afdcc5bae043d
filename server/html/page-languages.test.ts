import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// Search engines pair a page with its translations only when each names the
// other (hreflang, reciprocal), and link previews read the language from the
// head; both read only the HTML the server sends.

const ORIGIN = 'http://news.example.org';
const site = useFixtureSite();

async function page(url: string) {
  const response = await site.app.request(`${ORIGIN}${url}`);
  const { document } = new JSDOM(await response.text()).window;
  const meta = (key: string) =>
    Array.from(document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)).map((tag) =>
      tag.getAttribute('content'),
    );
  const hreflang: Record<string, string> = Object.fromEntries(
    Array.from(document.querySelectorAll('link[rel="alternate"][hreflang]')).map((link) => [
      link.getAttribute('hreflang') ?? '',
      link.getAttribute('href') ?? '',
    ]),
  );
  const feeds = Array.from(document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')).map(
    (link) => ({ title: link.getAttribute('title'), href: link.getAttribute('href') }),
  );
  return { status: response.status, document, meta, hreflang, feeds, lang: document.documentElement.lang };
}

const both = (en: string, zh: string) => ({
  en: `${ORIGIN}${en}`,
  'zh-Hans': `${ORIGIN}${zh}`,
  'x-default': `${ORIGIN}${en}`,
});

describe('hreflang alternates', () => {
  it.each([
    ['the home page', '/', both('/', '/zh/')],
    [
      'a forum page',
      '/forums/energy-session?topic=standards&utm_source=x',
      both('/forums/energy-session?topic=standards', '/zh/forums/energy-session?topic=standards'),
    ],
    ['a topic page', '/zh/topics/supply-chain', both('/topics/supply-chain', '/zh/topics/supply-chain')],
    [
      'a search page',
      '/zh/search?q=5G&languages=all',
      both('/search?q=5G&languages=all', '/zh/search?q=5G&languages=all'),
    ],
    [
      'a translated article',
      '/news/hospitals-plan-connected-wards',
      both('/news/hospitals-plan-connected-wards', '/zh/news/hospitals-plan-connected-wards'),
    ],
    [
      'an article only in Chinese',
      '/zh/news/beijing-youth-iot-camp',
      {
        'zh-Hans': `${ORIGIN}/zh/news/beijing-youth-iot-camp`,
        'x-default': `${ORIGIN}/zh/news/beijing-youth-iot-camp`,
      },
    ],
    [
      'an article only in English',
      '/news/ports-track-containers-in-real-time',
      {
        en: `${ORIGIN}/news/ports-track-containers-in-real-time`,
        'x-default': `${ORIGIN}/news/ports-track-containers-in-real-time`,
      },
    ],
  ])('%s names itself and every version, and each version names it back', async (_, url, expected) => {
    const { hreflang } = await page(url);
    expect(hreflang).toEqual(expected);
    for (const [code, href] of Object.entries(hreflang)) {
      const other = await page(href.slice(ORIGIN.length));
      expect(other.status, href).toBe(200);
      expect(other.hreflang, `${code} ${href}`).toEqual(expected);
      if (code !== 'x-default') expect(other.lang).toBe(code);
    }
  });

  it('leaves them out of a not-found page', async () => {
    expect((await page('/zh/news/no-such-article')).hreflang).toEqual({});
  });
});

describe('a Chinese page', () => {
  it('says its language to browsers, link previews and search engines', async () => {
    const { status, document, meta, lang } = await page('/zh/news/hospitals-plan-connected-wards');
    expect(status).toBe(200);
    expect(lang).toBe('zh-Hans');
    expect(document.title).toBe('医院规划联网病房 · 世界物联网大会新闻中心');
    expect(meta('og:locale')).toEqual(['zh_CN']);
    expect(meta('og:locale:alternate')).toEqual(['en_US']);
    expect(meta('og:site_name')).toEqual(['世界物联网大会新闻中心']);
    expect(meta('article:section')).toEqual(['医疗健康分论坛']);
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd).toMatchObject({
      inLanguage: 'zh-Hans',
      headline: '医院规划联网病房',
      articleSection: '医疗健康分论坛',
      publisher: { name: '世界物联网大会新闻中心' },
      mainEntityOfPage: { '@id': `${ORIGIN}/zh/news/hospitals-plan-connected-wards` },
    });
  });

  it('names the forum and the feeds in Chinese, and links the Chinese feeds', async () => {
    const { document, meta, feeds } = await page('/zh/forums/energy-session');
    expect(document.title).toBe('能源分论坛 · 世界物联网大会新闻中心');
    expect(meta('description')).toEqual(['智能电网、可再生能源与能源转型。']);
    expect(feeds).toEqual([
      { title: '世界物联网大会新闻中心：能源分论坛', href: `${ORIGIN}/zh/forums/energy-session/feed.xml` },
      { title: '世界物联网大会新闻中心：最新新闻', href: `${ORIGIN}/zh/feed.xml` },
    ]);
  });

  it('has no article of its own only in another language, and no other language prefix: both are 404s', async () => {
    for (const url of [
      '/zh/news/ports-track-containers-in-real-time',
      '/zh/news/no-such-article',
      '/zh/forums/nowhere',
    ]) {
      const { status, document, lang } = await page(url);
      expect(status, url).toBe(404);
      expect(lang).toBe('zh-Hans');
      expect(document.title).toBe('页面不存在 · 世界物联网大会新闻中心');
    }
    expect((await page('/news/beijing-youth-iot-camp')).status).toBe(404);
    const french = await page('/fr/news/hospitals-plan-connected-wards');
    expect(french.status).toBe(404);
    expect(french.lang).toBe('en');
  });
});

describe('an English page', () => {
  it('keeps <html lang="en">, its English locale and its feeds, and names the Chinese alternate locale', async () => {
    const { lang, meta, feeds, document } = await page('/news/hospitals-plan-connected-wards');
    expect(lang).toBe('en');
    expect(meta('og:locale')).toEqual(['en_US']);
    expect(meta('og:locale:alternate')).toEqual(['zh_CN']);
    expect(feeds.map((feed) => feed.href)).toEqual([
      `${ORIGIN}/feed.xml`,
      `${ORIGIN}/forums/healthcare-session/feed.xml`,
    ]);
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd.inLanguage).toBe('en');
  });

  it('names no alternate locale for an article that exists only in English', async () => {
    expect((await page('/news/ports-track-containers-in-real-time')).meta('og:locale:alternate')).toEqual([]);
  });
});
