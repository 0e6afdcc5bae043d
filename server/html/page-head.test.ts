import { JSDOM } from 'jsdom';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { type FixtureArticle, fixtureArticles } from '../../mocks/data.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// Link previews and crawlers read only the HTML the server sends, so these
// tests read it the same way: parse it and look at the head.

const HOSTILE: FixtureArticle = {
  slug: 'hostile-title',
  title: `"Quoted" & <script>alert('x')</script></title><b>bold</b> 🚀 $& $1 </script>`,
  summary: `A summary with "quotes", <img src=x onerror=alert(1)> and ' apostrophes & ampersands.`,
  published: '2024-11-21T10:00:00+08:00',
  forum: 'energy-session',
  topics: ['standards'],
  author: 'Staff reporter',
  body: 'Body text.',
};

const site = useFixtureSite({ articles: [...fixtureArticles, HOSTILE] });

// The Node adapter builds the request URL from the Host header; here it is given whole.
async function page(url: string) {
  const response = await site.app.request(`http://news.example.org${url}`);
  const html = await response.text();
  const { document } = new JSDOM(html).window;
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
  const all = (key: string) =>
    Array.from(document.querySelectorAll(`meta[property="${key}"]`)).map((tag) => tag.getAttribute('content'));
  return { status: response.status, html, document, meta, all };
}

describe('an article page', () => {
  it('carries the article’s title, description, canonical URL and Open Graph tags', async () => {
    const { status, document, meta, all } = await page('/news/hospitals-plan-connected-wards?utm_source=chat&page=3');
    expect(status).toBe(200);
    expect(document.title).toBe('Hospitals Plan Connected Wards · WIOTC News Center');
    const description =
      'Hospital managers compared connected beds, pumps and monitors that report to one nursing dashboard.';
    expect(meta('description')).toBe(description);
    const canonical = 'http://news.example.org/news/hospitals-plan-connected-wards';
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe('Hospitals Plan Connected Wards');
    expect(meta('og:description')).toBe(description);
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:site_name')).toBe('WIOTC News Center');
    expect(meta('og:locale')).toBe('en_US');
    expect(meta('og:image')).toMatch(
      /^http:\/\/news\.example\.org\/media\/cards\/hospitals-plan-connected-wards-[0-9a-f]{10}\.jpg$/,
    );
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('og:image:alt')).toBe('Hospitals Plan Connected Wards');
    expect(meta('article:published_time')).toBe('2020-11-21T13:00:00+08:00');
    expect(meta('article:modified_time')).toBe('2020-11-23T10:30:00+08:00'); // its front matter's `updated`
    expect(meta('article:section')).toBe('Healthcare Session');
    expect(all('article:tag')).toEqual(['Digital Health', 'Standards']);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:title')).toBe('Hospitals Plan Connected Wards');
    expect(meta('twitter:description')).toBe(description);
    expect(meta('twitter:image')).toBe(meta('og:image'));
    expect(meta('robots')).toBeUndefined();
    expect(document.querySelectorAll('title')).toHaveLength(1);
  });

  it('describes the article for search engines as a NewsArticle', async () => {
    const { document, meta } = await page('/news/hospitals-plan-connected-wards');
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Hospitals Plan Connected Wards',
      datePublished: '2020-11-21T13:00:00+08:00',
      dateModified: '2020-11-23T10:30:00+08:00', // its front matter's `updated`
      image: [meta('og:image')],
      articleSection: 'Healthcare Session',
      keywords: ['Digital Health', 'Standards'],
      publisher: { '@type': 'Organization', name: 'WIOTC News Center' },
      mainEntityOfPage: { '@id': 'http://news.example.org/news/hospitals-plan-connected-wards' },
    });
  });

  it('serves the preview image as a 1200×630 JPEG cached for a year', async () => {
    const { meta } = await page('/news/hospitals-plan-connected-wards');
    const response = await site.app.request(new URL(meta('og:image')!).pathname);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const image = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(image).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
  });

  it('points to the site feed and the article’s forum feed', async () => {
    const { document } = await page('/news/hospitals-plan-connected-wards');
    const feeds = Array.from(document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]'));
    expect(feeds.map((link) => link.getAttribute('href'))).toEqual([
      'http://news.example.org/feed.xml',
      'http://news.example.org/forums/healthcare-session/feed.xml',
    ]);
  });

  it('escapes a hostile title and summary everywhere', async () => {
    const { html, document, meta } = await page('/news/hostile-title');
    expect(document.title).toBe(`${HOSTILE.title} · WIOTC News Center`);
    expect(meta('og:title')).toBe(HOSTILE.title);
    expect(meta('description')).toBe(HOSTILE.summary);
    expect(document.querySelectorAll('head script:not([type="application/ld+json"]):not([src])')).toHaveLength(0);
    expect(document.querySelectorAll('b, head img, img[src="x"]')).toHaveLength(0);
    expect(document.querySelector('main h1')?.textContent).toBe(HOSTILE.title);
    const state = JSON.parse(document.getElementById('app-state')!.textContent!);
    expect(JSON.stringify(state)).toContain(JSON.stringify(HOSTILE.title).slice(1, -1));
    expect(document.querySelectorAll('title')).toHaveLength(1);
    const jsonLd = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd.headline).toBe(HOSTILE.title);
    expect(html).not.toContain("<script>alert('x')</script>");
    expect(html).toContain('<div id="root">');
  });
});

describe('list and search pages', () => {
  it('gives a forum page its name, description, canonical URL and feed', async () => {
    const { status, document, meta } = await page('/forums/energy-session?topic=standards&utm_campaign=x');
    expect(status).toBe(200);
    expect(document.title).toBe('Energy Session: Standards · WIOTC News Center');
    expect(meta('description')).toBe('Smart grids, renewable power and the energy transition.');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'http://news.example.org/forums/energy-session?topic=standards',
    );
    expect(meta('og:type')).toBe('website');
    expect(meta('og:image')).toBe('http://news.example.org/social-card.jpg');
    expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      'http://news.example.org/forums/energy-session/feed.xml',
    );
  });

  it('gives a topic page its own title, and page numbers', async () => {
    const { document } = await page('/topics/supply-chain');
    expect(document.title).toBe('Supply Chain · WIOTC News Center');
    expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      'http://news.example.org/topics/supply-chain/feed.xml',
    );
    expect((await page('/?page=2')).document.title).toBe('Latest news, page 2 · WIOTC News Center');
  });

  it('answers a page past the last one with a 404, not an empty page to index', async () => {
    const { status, document, meta } = await page('/topics/supply-chain?page=2');
    expect(status).toBe(404);
    expect(document.title).toBe('Page not found · WIOTC News Center');
    expect(meta('robots')).toContain('noindex');
  });

  it('titles the home page with the site name', async () => {
    const { document, meta } = await page('/');
    expect(document.title).toBe('WIOTC News Center');
    expect(meta('og:title')).toBe('WIOTC News Center');
  });

  it('keeps search pages out of search engines', async () => {
    const { status, document, meta } = await page('/search?q=grid');
    expect(status).toBe(200);
    expect(document.title).toBe('Search: grid · WIOTC News Center');
    expect(meta('robots')).toBe('noindex, follow');
  });
});

describe('unknown pages', () => {
  it.each([
    '/news/no-such-article',
    '/forums/no-such-forum',
    '/topics/no-such-topic',
    '/no/such/page',
    '/news/%E0%A4%A',
  ])('%s answers 404 with the app, which shows its not-found page', async (url) => {
    const { status, document, meta } = await page(url);
    expect(status).toBe(404);
    expect(document.title).toBe('Page not found · WIOTC News Center');
    expect(meta('robots')).toBe('noindex, follow');
    expect(document.getElementById('root')).not.toBeNull();
  });
});

describe('canonical URLs', () => {
  const canonicalOf = async (url: string) => {
    const { status, document, meta } = await page(url);
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(meta('og:url')).toBe(canonical);
    return { status, canonical };
  };

  it.each([
    ['/news/hospitals-plan-%63onnected-wards', '/news/hospitals-plan-connected-wards'],
    ['/News/hospitals-plan-connected-wards/', '/news/hospitals-plan-connected-wards'],
    ['/?page=01', '/'],
    ['/?page=002', '/?page=2'],
    ['/forums/energy-session?page=abc', '/forums/energy-session'],
    ['/zh', '/zh/'],
  ])('give %s the one URL of the page it shows, %s', async (url, path) => {
    expect(await canonicalOf(url)).toEqual({ status: 200, canonical: `http://news.example.org${path}` });
  });
});

/** Every absolute URL in a page's head: links, Open Graph and Twitter tags, JSON-LD. */
function absoluteUrlsIn(document: Document): string[] {
  const attributes = Array.from(document.head.querySelectorAll('link[href], meta[content]')).map(
    (element) => element.getAttribute('href') ?? element.getAttribute('content') ?? '',
  );
  return attributes.filter((value) => /^(?:[a-z]+:)?\/\//i.test(value));
}

describe('a path that starts with //', () => {
  const configured = useFixtureSite({ publicUrl: 'https://news.wiotc.example' });

  it.each([
    ['without PUBLIC_URL', () => site, 'http://news.example.org'],
    ['with PUBLIC_URL', () => configured, 'https://news.wiotc.example'],
  ])('is a 404 on our own origin %s, never on the host it names', async (_, app, origin) => {
    for (const path of ['//evil.example/x', '///evil.example/x?utm_source=x', '/\\evil.example/x']) {
      const response = await app().app.request(`http://news.example.org${path}`);
      expect(response.status, path).toBe(404);
      const { document } = new JSDOM(await response.text()).window;
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(
        `${origin}/evil.example/x`,
      );
      const urls = absoluteUrlsIn(document);
      expect(urls.length).toBeGreaterThan(3);
      for (const url of urls) expect(new URL(url).origin, `${path}: ${url}`).toBe(origin);
    }
  });

  it('shows the home page for //, with the home page’s own URL', async () => {
    const response = await site.app.request('http://news.example.org//');
    expect(response.status).toBe(200);
    const { document } = new JSDOM(await response.text()).window;
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('http://news.example.org/');
  });
});

describe('absolute URLs', () => {
  const configured = useFixtureSite({ publicUrl: 'https://news.wiotc.example' });

  it('come from PUBLIC_URL when it is set', async () => {
    const response = await configured.app.request('http://internal:3000/news/hospitals-plan-connected-wards');
    const { document } = new JSDOM(await response.text()).window;
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://news.wiotc.example/news/hospitals-plan-connected-wards',
    );
  });
});
