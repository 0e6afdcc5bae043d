import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../test/use-fixture-site.ts';

const ORIGIN = 'http://news.example.org';
const site = useFixtureSite();

async function get(path: string) {
  const response = await site.app.request(`${ORIGIN}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

/** Every link in a feed or sitemap must open a page that exists. */
async function expectAllResolve(urls: string[]) {
  for (const url of urls) {
    expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
    expect((await site.app.request(url)).status, url).toBe(200);
  }
}

describe('RSS feeds', () => {
  it('lists the latest articles, newest first, each linking to a page that exists', async () => {
    const { status, type, text } = await get('/feed.xml');
    expect(status).toBe(200);
    expect(type).toBe('application/rss+xml; charset=utf-8');
    const feed = parseFeed(text);
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('WIOTC News Center');
    expect(feed.items).toHaveLength(14);
    expect(feed.items[0].title).toBe('Tenth Convention Looks Ahead to the Next Decade');
    expect(feed.items[0].description).toBe(
      'The tenth convention reviewed ten years of progress and named priorities for the decade ahead.',
    );
    expect(feed.items[0].categories.map((category) => category.label ?? category.term)).toContain('Opening Ceremony');
    await expectAllResolve(feed.items.map((item) => item.url!));
  });

  it('has a feed for each forum and each topic with only their articles', async () => {
    const forum = parseFeed((await get('/forums/logistics-session/feed.xml')).text);
    expect(forum.title).toBe('WIOTC News Center: Smart Logistics Session');
    expect(forum.items.map((item) => item.url)).toEqual([
      `${ORIGIN}/news/ports-track-containers-in-real-time`,
      `${ORIGIN}/news/cold-chain-sensors-protect-vaccines`,
      `${ORIGIN}/news/warehouses-adopt-robots-and-tags`,
    ]);
    const topic = parseFeed((await get('/topics/digital-health/feed.xml')).text);
    expect(topic.title).toBe('WIOTC News Center: Digital Health');
    expect(topic.items.map((item) => item.url)).toEqual([
      `${ORIGIN}/news/remote-monitoring-reaches-rural-clinics`,
      `${ORIGIN}/news/cold-chain-sensors-protect-vaccines`,
      `${ORIGIN}/news/hospitals-plan-connected-wards`,
    ]);
    await expectAllResolve([...forum.items, ...topic.items].map((item) => item.url!));
  });

  it('has the same feeds in Chinese, with <language>zh-cn</language> and Chinese titles', async () => {
    const site = await get('/zh/feed.xml');
    expect(site.status).toBe(200);
    expect(new XMLParser().parse(site.text).rss.channel.language).toBe('zh-cn');
    const feed = parseFeed(site.text);
    expect(feed.title).toBe('世界物联网大会新闻中心');
    expect(feed.url).toBe(`${ORIGIN}/zh/`);
    expect(feed.items.map((item) => item.url)).toEqual([
      `${ORIGIN}/zh/news/beijing-youth-iot-camp`,
      `${ORIGIN}/zh/news/grid-operators-share-outage-data`,
      `${ORIGIN}/zh/news/convention-2023-opens-in-beijing`,
      `${ORIGIN}/zh/news/hospitals-plan-connected-wards`,
    ]);
    expect(feed.items[0].categories.map((category) => category.label ?? category.term)).toContain('开幕式');
    const forum = parseFeed((await get('/zh/forums/healthcare-session/feed.xml')).text);
    expect(forum.title).toBe('世界物联网大会新闻中心：医疗健康分论坛');
    expect(forum.items.map((item) => item.title)).toEqual(['医院规划联网病房']);
    const topic = parseFeed((await get('/zh/topics/standards/feed.xml')).text);
    expect(topic.items.map((item) => item.title)).toEqual(['电网运营商同意共享停电数据', '医院规划联网病房']);
    await expectAllResolve([...feed.items, ...forum.items, ...topic.items].map((item) => item.url!));
  });

  it('keeps the English feeds in English', async () => {
    expect(new XMLParser().parse((await get('/feed.xml')).text).rss.channel.language).toBe('en');
    expect(new XMLParser().parse((await get('/topics/standards/feed.xml')).text).rss.channel.language).toBe('en');
  });

  it('has a feed for each convention year, in each language that has news from it', async () => {
    const feed = parseFeed((await get('/editions/2023/feed.xml')).text);
    expect(feed.title).toBe('WIOTC News Center: WIOTC 2023');
    expect(feed.description).toBe('News from the World Internet of Things Convention 2023.');
    expect(feed.url).toBe(`${ORIGIN}/editions/2023`);
    expect(feed.items.map((item) => item.url)).toEqual([
      `${ORIGIN}/news/grid-operators-share-outage-data`,
      `${ORIGIN}/news/ambassadors-discuss-digital-trade`,
      `${ORIGIN}/news/convention-2023-opens-in-beijing`,
    ]);
    const zh = await get('/zh/editions/2023/feed.xml');
    expect(zh.type).toBe('application/rss+xml; charset=utf-8');
    expect(new XMLParser().parse(zh.text).rss.channel.language).toBe('zh-cn');
    const zhFeed = parseFeed(zh.text);
    expect(zhFeed.title).toBe('世界物联网大会新闻中心：2023世界物联网大会');
    expect(zhFeed.items.map((item) => item.title)).toEqual([
      '电网运营商同意共享停电数据',
      '2023世界物联网大会在北京开幕',
    ]);
    await expectAllResolve([
      feed.url!,
      zhFeed.url!,
      ...feed.items.map((item) => item.url!),
      ...zhFeed.items.map((item) => item.url!),
    ]);
    for (const path of ['/editions/2017/feed.xml', '/editions/abc/feed.xml', '/zh/editions/2016/feed.xml']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('changes its build date when an older article is updated, but keeps each item’s publication date', async () => {
    // In 2020, cold-chain-sensors-protect-vaccines is the newest; hospitals-plan-connected-wards, older, was updated later.
    const { channel } = new XMLParser().parse((await get('/editions/2020/feed.xml')).text).rss;
    expect(new Date(channel.lastBuildDate).toISOString()).toBe('2020-11-23T02:30:00.000Z');
    const item = channel.item.find((entry: { link: string }) => entry.link.endsWith('/hospitals-plan-connected-wards'));
    expect(new Date(item.pubDate).toISOString()).toBe('2020-11-21T05:00:00.000Z');
  });

  it('answers 404 for the feed of an unknown forum or topic', async () => {
    expect((await get('/forums/nowhere/feed.xml')).status).toBe(404);
    expect((await get('/topics/nothing/feed.xml')).status).toBe(404);
    expect((await get('/zh/forums/nowhere/feed.xml')).status).toBe(404);
    expect((await get('/fr/feed.xml')).status).toBe(404);
  });
});

describe('the sitemap', () => {
  it('is valid XML listing every article with its last change, every forum and every topic', async () => {
    const { status, text } = await get('/sitemap.xml');
    expect(status).toBe(200);
    expect(XMLValidator.validate(text)).toBe(true);
    const { urlset } = new XMLParser().parse(text);
    const urls: { loc: string; lastmod?: string }[] = urlset.url;
    const articles = urls.filter((url) => url.loc.includes('/news/'));
    expect(articles).toHaveLength(18);
    expect(articles.filter((url) => url.loc.includes('/zh/news/'))).toHaveLength(4);
    expect(articles.every((url) => !Number.isNaN(Date.parse(url.lastmod!)))).toBe(true);
    // The time of the last update, where the front matter gives one.
    expect(articles.find((url) => url.loc === `${ORIGIN}/news/hospitals-plan-connected-wards`)?.lastmod).toBe(
      '2020-11-23T02:30:00.000Z',
    );
    expect(urls.filter((url) => url.loc.includes('/forums/'))).toHaveLength(10);
    expect(urls.filter((url) => url.loc.includes('/topics/'))).toHaveLength(14);
    // Home, forums, topics, articles, editions, about and accessibility.
    expect(urls.filter((url) => url.loc.startsWith(`${ORIGIN}/zh/`))).toHaveLength(1 + 5 + 7 + 4 + 3 + 2);
    await expectAllResolve(urls.map((url) => url.loc));
    // Every page of the site is rendered once: slow on a busy machine.
  }, 30_000);

  it('gives every URL its language versions as reciprocal xhtml:link alternates', async () => {
    const { text } = await get('/sitemap.xml');
    expect(text).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'xhtml:link',
    });
    type Link = { rel: string; hreflang: string; href: string };
    const urls: { loc: string; 'xhtml:link'?: Link[] }[] = parser.parse(text).urlset.url;
    const alternatesOf = new Map(
      urls.map((url) => [
        url.loc,
        Object.fromEntries((url['xhtml:link'] ?? []).map((link) => [link.hreflang, link.href])),
      ]),
    );
    expect(alternatesOf.get(`${ORIGIN}/zh/news/hospitals-plan-connected-wards`)).toEqual({
      en: `${ORIGIN}/news/hospitals-plan-connected-wards`,
      'zh-Hans': `${ORIGIN}/zh/news/hospitals-plan-connected-wards`,
      'x-default': `${ORIGIN}/news/hospitals-plan-connected-wards`,
    });
    expect(alternatesOf.get(`${ORIGIN}/zh/news/beijing-youth-iot-camp`)).toEqual({
      'zh-Hans': `${ORIGIN}/zh/news/beijing-youth-iot-camp`,
      'x-default': `${ORIGIN}/zh/news/beijing-youth-iot-camp`,
    });
    expect(alternatesOf.get(`${ORIGIN}/topics/standards`)).toEqual({
      en: `${ORIGIN}/topics/standards`,
      'zh-Hans': `${ORIGIN}/zh/topics/standards`,
      'x-default': `${ORIGIN}/topics/standards`,
    });
    for (const [loc, alternates] of alternatesOf) {
      expect(Object.values(alternates), loc).toContain(loc);
      for (const href of Object.values(alternates))
        expect(alternatesOf.get(href), `${loc} → ${href}`).toEqual(alternates);
    }
  });

  it('lists each convention year in the languages that have news from it, and the about and accessibility pages', async () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'xhtml:link',
    });
    type Link = { hreflang: string; href: string };
    const urls: { loc: string; 'xhtml:link'?: Link[] }[] = parser.parse((await get('/sitemap.xml')).text).urlset.url;
    const editions = urls.filter((url) => url.loc.includes('/editions/')).map((url) => url.loc.slice(ORIGIN.length));
    expect(editions.sort()).toEqual(
      [
        ...['2016', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025'].map((year) => `/editions/${year}`),
        ...['2020', '2023', '2024'].map((year) => `/zh/editions/${year}`),
      ].sort(),
    );
    const links = (loc: string) =>
      Object.fromEntries(
        (urls.find((url) => url.loc === `${ORIGIN}${loc}`)?.['xhtml:link'] ?? []).map((link) => [
          link.hreflang,
          link.href,
        ]),
      );
    expect(links('/editions/2019')).toEqual({ en: `${ORIGIN}/editions/2019`, 'x-default': `${ORIGIN}/editions/2019` });
    expect(links('/zh/editions/2023')).toEqual({
      en: `${ORIGIN}/editions/2023`,
      'zh-Hans': `${ORIGIN}/zh/editions/2023`,
      'x-default': `${ORIGIN}/editions/2023`,
    });
    for (const path of ['/about', '/accessibility', '/zh/about', '/zh/accessibility']) {
      expect(urls.map((url) => url.loc)).toContain(`${ORIGIN}${path}`);
    }
  });

  it('is named in robots.txt', async () => {
    const { text } = await get('/robots.txt');
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});
