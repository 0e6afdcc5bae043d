import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server as mockServer } from '../../mocks/node.ts';
import {
  type ArticleList,
  type HighlightedText,
  articleListSchema,
  articleSchema,
  editionListSchema,
  forumListSchema,
  problemSchema,
  topicListSchema,
} from '../../src/shared/contract.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// The app's tests trust the MSW handlers; this suite earns that trust by sending
// the same requests, in both languages, to the real server and to the handlers.

const site = useFixtureSite();
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mockServer.close());

async function both(url: string) {
  const [real, mock] = await Promise.all([site.app.request(url), fetch(`http://localhost${url}`)]);
  return {
    real: { status: real.status, type: real.headers.get('content-type'), body: await real.json() },
    mock: { status: mock.status, type: mock.headers.get('content-type'), body: await mock.json() },
  };
}

const marked = ({ text, ranges }: HighlightedText) =>
  ranges.map(([start, end]) => text.slice(start, end).toLowerCase());
const slugs = (list: ArticleList) => list.items.map((item) => item.slug);

const LIST_QUERIES = [
  '',
  '?page=2',
  '?pageSize=5&page=3',
  '?sort=oldest',
  '?forum=ambassador-forum',
  '?topic=supply-chain',
  '?forum=logistics-session&topic=digital-health',
  '?forum=energy-session&topic=digital-health',
  '?q=guter',
  '?q=Guterres&sort=newest',
  '?q=standards&sort=oldest',
  '?q=MALMO',
  '?q=ports%20track',
  '?q=%22*(',
  '?q=convention&topic=digital-economy&sort=newest',
  '?year=2023',
  '?year=2020&topic=digital-health',
  '?year=2023&forum=energy-session&sort=oldest',
  '?year=2023&q=convention',
  '?year=2016',
  // Word forms, names of topics, phrases and spelling, by the same rules.
  '?q=cities',
  '?q=city&sort=newest',
  // bm25 and the handlers' weights order many matches differently: compare by date.
  '?q=connect&sort=newest',
  '?q=grids',
  '?q=smart%20city',
  '?q=%22smart%20streetlights%22',
  '?q=%22streetlights%20smart%22',
  '?q=standrds',
  '?q=standrds&topic=standards',
  '?q=sensors%20hospitl',
  '?q=vaccine%20sensor',
];

/** The same query in Chinese: the lists, filters and counts of the other language. */
const inChinese = (query: string) => (query ? `?lang=zh&${query.slice(1)}` : '?lang=zh');

// Every query in both languages, then what only two languages have: searches
// in Chinese, and lists and searches across both languages.
const BILINGUAL_QUERIES = [
  ...LIST_QUERIES.flatMap((query) => [query, inChinese(query)]),
  '?lang=en',
  '?lang=zh&q=5G',
  '?lang=zh&q=%E5%8C%97%E4%BA%AC&sort=newest',
  '?lang=zh&q=%E5%8C%BB%E9%99%A2',
  '?lang=zh&languages=all&q=5G&sort=newest',
  '?languages=all&q=grid&sort=oldest',
  '?languages=all',
  '?lang=zh&languages=all&pageSize=5&page=2',
  '?languages=all&topic=standards&sort=oldest',
  '?languages=all&forum=energy-session&topic=standards',
];

describe('the MSW handlers and the real server agree', () => {
  it.each(BILINGUAL_QUERIES)('GET /api/articles%s', async (query) => {
    const { real, mock } = await both(`/api/articles${query}`);
    expect(mock.status).toBe(200);
    expect(real.status).toBe(200);
    const realList = articleListSchema.parse(real.body);
    const mockList = articleListSchema.parse(mock.body);
    expect({ ...mockList, items: slugs(mockList) }).toEqual({ ...realList, items: slugs(realList) });
    realList.items.forEach((item, index) => {
      const other = mockList.items[index];
      expect(other.lang).toBe(item.lang);
      expect(other.forum).toEqual(item.forum);
      expect(other.topics).toEqual(item.topics);
      expect(other.readingMinutes).toBe(item.readingMinutes);
      if (item.match) {
        expect(marked(other.match!.title)).toEqual(marked(item.match.title));
        expect(marked(other.match!.summary)).toEqual(marked(item.match.summary));
        expect(other.match!.excerpt.ranges.length > 0).toBe(item.match.excerpt.ranges.length > 0);
      }
    });
  });

  // The handlers weigh title, summary and body like bm25 but do not copy its
  // length normalisation, so they agree on the top hit where one field decides it.
  it('search ranks the same article first', async () => {
    for (const q of ['standards', 'grid', 'guterres', 'vaccines', 'hospitals']) {
      const { real, mock } = await both(`/api/articles?q=${q}`);
      expect(mock.body.items[0].slug, q).toBe(real.body.items[0].slug);
    }
  });

  it.each([
    '/api/articles/hospitals-plan-connected-wards',
    '/api/articles/convention-2023-opens-in-beijing',
    '/api/articles/hospitals-plan-connected-wards?lang=zh',
    '/api/articles/convention-2023-opens-in-beijing?lang=zh',
    '/api/articles/beijing-youth-iot-camp?lang=zh',
    '/api/articles/smart-streetlights-cut-city-energy-use?lang=en',
  ])('GET %s', async (url) => {
    const { real, mock } = await both(url);
    const realArticle = articleSchema.parse(real.body);
    const mockArticle = articleSchema.parse(mock.body);
    expect(mockArticle).toEqual(realArticle);
  });

  it.each([
    '',
    '?forum=logistics-session',
    '?topic=digital-health',
    '?q=connected',
    '?q=standards&forum=healthcare-session',
    '?q=standrds',
    '?lang=zh&q=standrds',
    '?lang=zh',
    '?lang=zh&forum=healthcare-session',
    '?lang=zh&topic=standards',
    '?lang=zh&q=%E5%8C%BB%E9%99%A2',
    '?lang=zh&languages=all',
    '?languages=all&topic=standards',
    '?lang=zh&languages=all&q=5G',
  ])('GET /api/forums and /api/topics with %j', async (query) => {
    const forums = await both(`/api/forums${query}`);
    expect(forumListSchema.parse(forums.mock.body)).toEqual(forumListSchema.parse(forums.real.body));
    const topics = await both(`/api/topics${query}`);
    expect(topicListSchema.parse(topics.mock.body)).toEqual(topicListSchema.parse(topics.real.body));
  });

  // Every query in both languages, as the edition pages and the home page ask.
  it.each(
    [
      '',
      '?forum=energy-session',
      '?topic=standards',
      '?forum=healthcare-session&topic=digital-health',
      '?year=2023',
      '?year=2016&forum=opening-ceremony',
      '?q=standards',
      '?languages=all',
    ].flatMap((query) => [query, inChinese(query)]),
  )('GET /api/editions%s', async (query) => {
    const { real, mock } = await both(`/api/editions${query}`);
    expect(real.status).toBe(200);
    expect(mock.status).toBe(200);
    expect(editionListSchema.parse(mock.body)).toEqual(editionListSchema.parse(real.body));
  });

  it.each(['?year=2023', '?year=2023&topic=standards', '?lang=zh&year=2020&forum=healthcare-session'])(
    'GET /api/forums and /api/topics within a year: %s',
    async (query) => {
      const forums = await both(`/api/forums${query}`);
      expect(forumListSchema.parse(forums.mock.body)).toEqual(forumListSchema.parse(forums.real.body));
      const topics = await both(`/api/topics${query}`);
      expect(topicListSchema.parse(topics.mock.body)).toEqual(topicListSchema.parse(topics.real.body));
    },
  );

  it.each([
    '/api/articles?page=0',
    '/api/articles?pageSize=51',
    '/api/articles?sort=popular',
    `/api/articles?q=${'x'.repeat(201)}`,
    '/api/articles?forum=nowhere',
    '/api/articles?topic=nothing',
    '/api/articles/missing-article',
    '/api/articles?lang=fr',
    '/api/articles?lang=zh&page=0',
    '/api/articles?languages=both',
    '/api/articles/hospitals-plan-connected-wards?lang=fr',
    '/api/articles/beijing-youth-iot-camp',
    '/api/articles/ports-track-containers-in-real-time?lang=zh',
    '/api/forums?lang=zh-Hans',
    '/api/topics?lang=zh&forum=nowhere',
    '/api/articles?year=abc',
    '/api/articles?lang=zh&year=2017',
    '/api/editions?year=20233',
    '/api/editions?lang=zh&year=1999',
    '/api/editions?lang=zh&topic=nothing',
    '/api/forums?year=2017',
  ])('GET %s fails the same way', async (url) => {
    const { real, mock } = await both(url);
    expect(mock.status).toBe(real.status);
    expect(mock.type).toMatch(/^application\/problem\+json/);
    expect(problemSchema.parse(mock.body)).toEqual(problemSchema.parse(real.body));
  });
});
