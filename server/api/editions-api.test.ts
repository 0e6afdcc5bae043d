import { describe, expect, it } from 'vitest';
import {
  type ArticleList,
  articleListSchema,
  editionListSchema,
  forumListSchema,
  problemSchema,
  topicListSchema,
} from '../../src/shared/contract.ts';
import type { FixtureArticle } from '../../mocks/data.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// Browsing by convention year, on a real database imported from the fixtures:
// English has articles from every year 2016–2025 but 2017, Chinese from 2020, 2023 and 2024.
const site = useFixtureSite();

async function getJson(path: string) {
  const response = await site.app.request(path);
  return { status: response.status, body: await response.json() };
}
async function getList(query: string) {
  const { status, body } = await getJson(`/api/articles${query}`);
  expect(status, query).toBe(200);
  return articleListSchema.parse(body);
}
async function getEditions(query = '') {
  const { status, body } = await getJson(`/api/editions${query}`);
  expect(status, query).toBe(200);
  return Object.fromEntries(editionListSchema.parse(body).items.map((item) => [item.year, item.articleCount]));
}
const slugsOf = (list: ArticleList) => list.items.map((item) => item.slug);

describe('GET /api/editions', () => {
  it('lists the years of the language, newest first, with their counts', async () => {
    const { body } = await getJson('/api/editions');
    expect(editionListSchema.parse(body).items.map((item) => item.year)).toEqual([
      2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2016,
    ]);
    expect(await getEditions()).toEqual({
      2025: 1,
      2024: 1,
      2023: 3,
      2022: 2,
      2021: 2,
      2020: 2,
      2019: 1,
      2018: 1,
      2016: 1,
    });
    expect(await getEditions('?lang=zh')).toEqual({ 2024: 1, 2023: 2, 2020: 1 });
    expect(await getEditions('?lang=zh&languages=all')).toMatchObject({ 2024: 2, 2023: 5, 2020: 3, 2016: 1 });
  });

  it('counts within a forum, a topic or both, and keeps listing the years they leave empty', async () => {
    expect(await getEditions('?forum=opening-ceremony')).toEqual({
      2025: 1,
      2024: 0,
      2023: 1,
      2022: 0,
      2021: 1,
      2020: 0,
      2019: 0,
      2018: 0,
      2016: 1,
    });
    expect(await getEditions('?topic=supply-chain')).toMatchObject({ 2023: 1, 2022: 1, 2020: 1, 2018: 1, 2016: 0 });
    expect(await getEditions('?forum=logistics-session&topic=digital-health')).toMatchObject({ 2020: 1, 2022: 0 });
    expect(await getEditions('?lang=zh&topic=standards')).toEqual({ 2024: 0, 2023: 1, 2020: 1 });
    expect(await getEditions('?year=2023')).toMatchObject({ 2023: 3, 2022: 0, 2025: 0 });
  });

  it.each([
    '',
    '?lang=zh',
    '?forum=energy-session',
    '?topic=standards',
    '?forum=healthcare-session&topic=digital-health',
    '?q=standards',
    '?q=connected&forum=healthcare-session',
    '?lang=zh&q=%E5%8C%BB%E9%99%A2',
    '?languages=all&topic=standards',
  ])('agrees with the totals of /api/articles?year= for %j', async (query) => {
    const editions = await getEditions(query);
    const glue = query ? '&' : '?';
    for (const [year, count] of Object.entries(editions)) {
      expect((await getList(`${query}${glue}year=${year}`)).total, `${query} in ${year}`).toBe(count);
    }
  });
});

describe('the year filter', () => {
  it('lists one year’s articles, newest first, or oldest first', async () => {
    const list = await getList('?year=2023');
    expect(slugsOf(list)).toEqual([
      'grid-operators-share-outage-data',
      'ambassadors-discuss-digital-trade',
      'convention-2023-opens-in-beijing',
    ]);
    expect(list).toMatchObject({ total: 3, totalPages: 1, page: 1 });
    expect(slugsOf(await getList('?year=2023&sort=oldest'))).toEqual(slugsOf(list).reverse());
    expect(slugsOf(await getList('?year=2023&pageSize=2&page=2'))).toEqual(['convention-2023-opens-in-beijing']);
  });

  it('combines with forum, topic, search and languages', async () => {
    expect(slugsOf(await getList('?year=2023&forum=energy-session'))).toEqual(['grid-operators-share-outage-data']);
    expect(slugsOf(await getList('?year=2020&topic=digital-health'))).toEqual([
      'cold-chain-sensors-protect-vaccines',
      'hospitals-plan-connected-wards',
    ]);
    expect(slugsOf(await getList('?year=2020&forum=healthcare-session&topic=digital-health'))).toEqual([
      'hospitals-plan-connected-wards',
    ]);
    expect(slugsOf(await getList('?year=2023&q=convention'))).toEqual(['convention-2023-opens-in-beijing']);
    expect((await getList('?year=2021&q=convention')).total).toBe(1);
    expect((await getList('?languages=all&year=2023')).total).toBe(5);
    expect(slugsOf(await getList('?lang=zh&year=2023'))).toEqual([
      'grid-operators-share-outage-data',
      'convention-2023-opens-in-beijing',
    ]);
    // A year of the other language only is a year that exists: the list is just empty.
    expect(await getList('?lang=zh&year=2016')).toMatchObject({ items: [], total: 0, totalPages: 0 });
  });

  it('narrows the forum and topic counts', async () => {
    const forums = forumListSchema.parse((await getJson('/api/forums?year=2023')).body).items;
    expect(Object.fromEntries(forums.map((forum) => [forum.slug, forum.articleCount]))).toEqual({
      'opening-ceremony': 1,
      'ambassador-forum': 1,
      'energy-session': 1,
      'logistics-session': 0,
      'healthcare-session': 0,
    });
    const topics = topicListSchema.parse((await getJson('/api/topics?year=2023&forum=energy-session')).body).items;
    expect(topics.filter((topic) => topic.articleCount > 0).map((topic) => [topic.slug, topic.articleCount])).toEqual([
      ['sustainable-development', 1],
      ['standards', 1],
    ]);
    // The topics beside a topic are counted on demand, within the year too.
    const beside = topicListSchema.parse((await getJson('/api/topics?topic=standards&year=2020')).body).items;
    expect(beside.filter((topic) => topic.articleCount > 0).map((topic) => [topic.slug, topic.articleCount])).toEqual([
      ['digital-health', 1],
      ['standards', 1],
    ]);
  });

  it.each(['abc', '20233', '2023.5', '-202', '1e3', '２０２３'])('answers 400 for year=%s', async (year) => {
    for (const endpoint of ['articles', 'editions', 'forums', 'topics']) {
      const response = await site.app.request(`/api/${endpoint}?year=${encodeURIComponent(year)}`);
      expect(response.status, endpoint).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = problemSchema.parse(await response.json());
      expect(problem.errors?.map((error) => error.field)).toEqual(['year']);
    }
  });

  it.each(['2017', '1999', '2026'])('answers 404 for year=%s, which has no articles', async (year) => {
    for (const endpoint of ['articles', 'editions', 'forums', 'topics']) {
      const { status, body } = await getJson(`/api/${endpoint}?year=${year}&lang=zh`);
      expect(status, endpoint).toBe(404);
      expect(problemSchema.parse(body).detail).toBe(`There are no articles from ${year}.`);
    }
  });
});

// The convention's year is Beijing's: an article filed just after midnight on
// New Year's Day in Beijing is still 31 December in UTC.
const atMidnight = (slug: string, published: string): FixtureArticle => ({
  slug,
  title: `Filed at ${published}`,
  summary: 'Filed around New Year.',
  published,
  forum: 'energy-session',
  topics: ['standards'],
  author: 'Staff reporter',
  body: 'Body text.',
});
const newYearSite = useFixtureSite({
  articles: [
    atMidnight('new-year-in-beijing', '2022-12-31T16:30:00Z'),
    atMidnight('old-year-in-beijing', '2022-12-31T15:30:00Z'),
    atMidnight('new-year-eve-in-beijing', '2023-12-31T23:59:00+08:00'),
  ],
});

describe('the year of an article', () => {
  it('is the year of its publication in Beijing time', async () => {
    const list = async (year: number) => {
      const response = await newYearSite.app.request(`/api/articles?year=${year}`);
      return slugsOf(articleListSchema.parse(await response.json()));
    };
    expect(await list(2022)).toEqual(['old-year-in-beijing']);
    expect(await list(2023)).toEqual(['new-year-eve-in-beijing', 'new-year-in-beijing']);
    const editions = editionListSchema.parse(await (await newYearSite.app.request('/api/editions')).json());
    expect(editions.items).toEqual([
      { year: 2023, articleCount: 2 },
      { year: 2022, articleCount: 1 },
    ]);
  });
});
