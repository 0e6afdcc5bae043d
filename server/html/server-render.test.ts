import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleListSchema, articleSchema } from '../../src/shared/contract.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// The first view arrives as HTML, with its data beside it for the app to take
// over, so a reader sees the page before any script has run.

const site = useFixtureSite();

async function load(url: string) {
  const response = await site.app.request(`http://news.example.org${url}`);
  const { document } = new JSDOM(await response.text()).window;
  const stateText = document.getElementById('app-state')?.textContent;
  const state = stateText ? JSON.parse(stateText) : undefined;
  const query = (key: unknown[]) =>
    state?.queries.queries.find(
      (entry: { queryKey: unknown[] }) => JSON.stringify(entry.queryKey) === JSON.stringify(key),
    )?.state.data;
  return { status: response.status, document, state, query };
}

describe('the first view in the HTML', () => {
  it('renders the article with its body, and hands over the data', async () => {
    const { document, query } = await load('/news/hospitals-plan-connected-wards');
    expect(document.querySelector('main h1')?.textContent).toBe('Hospitals Plan Connected Wards');
    expect(document.querySelector('.article__body')?.textContent).toContain('Alarms from many devices are merged');
    expect(document.querySelector('.article__cover')?.getAttribute('fetchpriority')).toBe('high');
    expect(document.querySelector('nav[aria-label="Forums"]')?.textContent).toContain('Smart Logistics Session');
    const article = articleSchema.parse(query(['articles', 'detail', 'en', 'hospitals-plan-connected-wards']));
    expect(article.title).toBe('Hospitals Plan Connected Wards');
    expect(document.querySelector('script[type="application/json"]')?.getAttribute('id')).toBe('app-state');
    expect(document.querySelectorAll('body script:not([type="application/json"])')).toHaveLength(0);
  });

  it('renders the latest news with the lead story and the list data', async () => {
    const { document, query } = await load('/?page=1');
    expect(document.querySelector('.lead h2')?.textContent).toBe('Tenth Convention Looks Ahead to the Next Decade');
    expect(document.querySelectorAll('main article')).toHaveLength(12);
    const list = articleListSchema.parse(query(['articles', 'list', 'en', { page: 1 }]));
    expect(list.total).toBe(14);
  });

  it('renders a narrowed forum page and search results with highlights', async () => {
    const forum = await load('/forums/logistics-session?topic=digital-health');
    expect(forum.document.querySelector('main h1')?.textContent).toBe('Smart Logistics Session');
    expect(forum.document.querySelectorAll('main article')).toHaveLength(1);

    const search = await load('/search?q=guter');
    expect(Array.from(search.document.querySelectorAll('main mark')).map((mark) => mark.textContent)).toEqual([
      'Guterres',
    ]);
  });

  it('renders a Chinese article in Chinese, under <html lang="zh-Hans">', async () => {
    const { status, document, query } = await load('/zh/news/hospitals-plan-connected-wards');
    expect(status).toBe(200);
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(document.querySelector('main h1')?.textContent).toBe('医院规划联网病房');
    const article = articleSchema.parse(query(['articles', 'detail', 'zh', 'hospitals-plan-connected-wards']));
    expect(article.lang).toBe('zh');
  });

  it('renders share links that work before the app starts: absolute, on the site’s origin', async () => {
    const { document } = await load('/news/hospitals-plan-connected-wards');
    const shareLinks = Array.from(document.querySelectorAll<HTMLAnchorElement>('.share__networks a'));
    expect(shareLinks).toHaveLength(5);
    const article = 'http://news.example.org/news/hospitals-plan-connected-wards';
    const x = new URL(shareLinks[0].getAttribute('href')!);
    expect(x.origin).toBe('https://x.com');
    expect(x.searchParams.get('url')).toBe(article);
    for (const link of shareLinks) expect(link.getAttribute('href')).toContain(encodeURIComponent(article));
  });

  it('leaves a not-found page to the browser, with status 404', async () => {
    const { status, state, document } = await load('/news/no-such-article');
    expect(status).toBe(404);
    expect(state).toBeUndefined();
    expect(document.getElementById('root')?.innerHTML).toBe('');
  });
});

describe('share links with PUBLIC_URL', () => {
  const configured = useFixtureSite({ publicUrl: 'https://news.wiotc.example' });

  it('are made on PUBLIC_URL, whatever host the request named', async () => {
    const response = await configured.app.request('http://internal:3000/news/hospitals-plan-connected-wards');
    const { document } = new JSDOM(await response.text()).window;
    const x = new URL(document.querySelector('.share__networks a')!.getAttribute('href')!);
    expect(x.searchParams.get('url')).toBe('https://news.wiotc.example/news/hospitals-plan-connected-wards');
    const state = JSON.parse(document.getElementById('app-state')!.textContent!);
    expect(state.origin).toBe('https://news.wiotc.example');
  });
});
