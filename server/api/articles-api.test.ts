import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleListSchema,
  articleSchema,
  forumListSchema,
  problemSchema,
  topicListSchema,
} from '../../src/shared/contract.ts';
import { createFixtureSite } from '../test/fixture-site.ts';

let site: Awaited<ReturnType<typeof createFixtureSite>>;
beforeAll(async () => {
  site = await createFixtureSite();
});
afterAll(() => site.close());

async function getList(query: string) {
  const response = await site.app.request(`/api/articles${query}`);
  expect(response.status).toBe(200);
  return articleListSchema.parse(await response.json());
}

async function getProblem(url: string, status: number) {
  const response = await site.app.request(url);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(await response.json());
}

describe('GET /api/articles', () => {
  it('lists the newest articles first, 12 to a page by default', async () => {
    const list = await getList('');
    expect(list).toMatchObject({ page: 1, pageSize: 12, total: 14, totalPages: 2 });
    expect(list.items).toHaveLength(12);
    expect(list.items[0].slug).toBe('tenth-convention-looks-ahead');
    const dates = list.items.map((item) => Date.parse(item.publishedAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('pages through the rest', async () => {
    const second = await getList('?page=2');
    expect(second.items.map((item) => item.slug)).toEqual([
      'warehouses-adopt-robots-and-tags',
      'first-convention-sets-agenda',
    ]);
    const beyond = await getList('?page=9');
    expect(beyond).toMatchObject({ items: [], total: 14, totalPages: 2 });
  });

  it('sorts oldest first on request', async () => {
    const list = await getList('?sort=oldest&pageSize=3');
    expect(list.items.map((item) => item.slug)).toEqual([
      'first-convention-sets-agenda',
      'warehouses-adopt-robots-and-tags',
      'envoys-welcome-5g-cooperation',
    ]);
  });

  it('filters by forum, by topic, and by both together', async () => {
    const forum = await getList('?forum=logistics-session');
    expect(forum.total).toBe(3);
    expect(forum.items.every((item) => item.forum.slug === 'logistics-session')).toBe(true);

    const topic = await getList('?topic=digital-health');
    expect(topic.items.map((item) => item.slug).sort()).toEqual(
      [
        'cold-chain-sensors-protect-vaccines',
        'hospitals-plan-connected-wards',
        'remote-monitoring-reaches-rural-clinics',
      ].sort(),
    );

    const both = await getList('?forum=logistics-session&topic=digital-health');
    expect(both.items.map((item) => item.slug)).toEqual(['cold-chain-sensors-protect-vaccines']);
  });

  it('combines search with filters', async () => {
    const list = await getList('?q=standards&forum=healthcare-session');
    expect(list.items.map((item) => item.slug)).toEqual(['hospitals-plan-connected-wards']);
  });

  it('returns forum and topic names with each item', async () => {
    const [item] = (await getList('?pageSize=1')).items;
    expect(item.forum).toEqual({ slug: 'opening-ceremony', name: 'Opening Ceremony' });
    expect(item.topics.map((topic) => topic.name)).toContain('Digital Economy');
    expect(item.cover).toMatchObject({ width: 1200, height: 675 });
  });
});

describe('search', () => {
  it('finds the opening article by the last word typed as a prefix', async () => {
    const list = await getList('?q=guter');
    expect(list.items[0].slug).toBe('convention-2023-opens-in-beijing');
    const { excerpt } = list.items[0].match!;
    const [start, end] = excerpt.ranges[0];
    expect(excerpt.text.slice(start, end)).toBe('Guterres');
  });

  it('ignores case and diacritics both ways', async () => {
    expect((await getList('?q=ANTONIO')).items[0].slug).toBe('convention-2023-opens-in-beijing');
    expect((await getList('?q=malmo')).items[0].slug).toBe('malmo-and-sao-paulo-compare-city-platforms');
    expect((await getList('?q=Zurich')).items[0].slug).toBe('ambassadors-discuss-digital-trade');
    expect((await getList('?q=sao%20paulo')).total).toBe(1);
  });

  it('ranks a title match above a summary match above a body match', async () => {
    // "standards": title of one article, summary of another, body of others.
    const list = await getList('?q=standards&sort=relevance');
    const slugs = list.items.map((item) => item.slug);
    expect(slugs[0]).toBe('opening-2021-calls-for-common-standards');
    expect(slugs.indexOf('hospitals-plan-connected-wards')).toBeGreaterThan(0);
  });

  it('marks matches in title and summary as ranges over plain text', async () => {
    const [item] = (await getList('?q=ports%20track')).items;
    expect(item.match!.title).toEqual({
      text: 'Ports Track Containers in Real Time',
      ranges: [
        [0, 5],
        [6, 11],
      ],
    });
    expect(item.match!.summary.text).toBe(item.summary);
  });

  it('requires every word', async () => {
    expect((await getList('?q=containers%20vaccines')).total).toBe(0);
  });

  it.each(['"', '*', '-', '(', 'NEAR(a b)', 'a OR', '"unbalanced', 'title:x', '^', 'AND', '   ', '{}[]'])(
    'treats %j as plain text, never as an FTS operator',
    async (q) => {
      const response = await site.app.request(`/api/articles?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      articleListSchema.parse(await response.json());
    },
  );
});

describe('GET /api/articles/:slug', () => {
  it('returns the article with sanitized HTML and related articles that share topics', async () => {
    const response = await site.app.request('/api/articles/hospitals-plan-connected-wards');
    expect(response.status).toBe(200);
    const article = articleSchema.parse(await response.json());
    expect(article.bodyHtml).toMatch(/^<p>Alarms from many devices/);
    expect(article.related.length).toBeGreaterThan(0);
    expect(article.related.length).toBeLessThanOrEqual(4);
    for (const related of article.related) {
      expect(related.slug).not.toBe(article.slug);
      expect(related.topics.some((topic) => article.topics.some((mine) => mine.slug === topic.slug))).toBe(true);
    }
  });
});

describe('GET /api/forums and /api/topics', () => {
  it('lists every forum with its article count', async () => {
    const forums = forumListSchema.parse(await (await site.app.request('/api/forums')).json());
    expect(forums.items.map((forum) => [forum.slug, forum.articleCount])).toEqual([
      ['opening-ceremony', 4],
      ['ambassador-forum', 3],
      ['energy-session', 2],
      ['logistics-session', 3],
      ['healthcare-session', 2],
    ]);
  });

  it('lists every topic with its article count', async () => {
    const topics = topicListSchema.parse(await (await site.app.request('/api/topics')).json());
    expect(topics.items.find((topic) => topic.slug === 'supply-chain')?.articleCount).toBe(4);
    expect(topics.items).toHaveLength(7);
  });
});

describe('counts narrowed by filters', () => {
  it('counts the topics of one forum', async () => {
    const topics = topicListSchema.parse(await (await site.app.request('/api/topics?forum=logistics-session')).json());
    const counts = Object.fromEntries(topics.items.map((topic) => [topic.slug, topic.articleCount]));
    expect(counts).toMatchObject({ 'supply-chain': 3, 'digital-health': 1, connectivity: 1, standards: 0 });
    expect(topics.items).toHaveLength(7);
  });

  it('counts the forums of one topic and of a search', async () => {
    const byTopic = forumListSchema.parse(await (await site.app.request('/api/forums?topic=digital-health')).json());
    expect(byTopic.items.filter((f) => f.articleCount > 0).map((f) => [f.slug, f.articleCount])).toEqual([
      ['logistics-session', 1],
      ['healthcare-session', 2],
    ]);
    const bySearch = forumListSchema.parse(await (await site.app.request('/api/forums?q=standards')).json());
    expect(bySearch.items.find((f) => f.slug === 'opening-ceremony')?.articleCount).toBe(1);
  });

  it('refuses an unknown forum or an invalid search', async () => {
    await getProblem('/api/topics?forum=nowhere', 404);
    await getProblem(`/api/forums?q=${'x'.repeat(201)}`, 400);
  });
});

describe('errors', () => {
  it.each([
    ['/api/articles?page=0', 'page must be 1 or more'],
    ['/api/articles?page=two', 'page must be a whole number'],
    ['/api/articles?page=1.5', 'page must be a whole number'],
    ['/api/articles?pageSize=51', 'pageSize must be at most 50'],
    [`/api/articles?q=${'a'.repeat(201)}`, 'q must be at most 200 characters'],
    ['/api/articles?sort=popular', 'sort must be newest, oldest or relevance'],
  ])('%s is a 400 that says what is wrong', async (url, message) => {
    const problem = await getProblem(url, 400);
    expect(problem).toMatchObject({ status: 400, title: 'Bad Request' });
    expect(problem.detail).toContain(message);
  });

  it.each([
    ['/api/articles/no-such-article', 'There is no article "no-such-article".'],
    ['/api/articles?forum=no-such-forum', 'There is no forum "no-such-forum".'],
    ['/api/articles?topic=no-such-topic', 'There is no topic "no-such-topic".'],
    ['/api/nothing-here', 'There is no API endpoint at /api/nothing-here.'],
  ])('%s is a 404', async (url, detail) => {
    expect((await getProblem(url, 404)).detail).toBe(detail);
  });

  it('accepts 50 per page and ignores parameters it does not know', async () => {
    const list = await getList('?pageSize=50&utm_source=chat');
    expect(list.items).toHaveLength(14);
  });
});
