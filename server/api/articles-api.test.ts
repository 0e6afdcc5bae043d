import { describe, expect, it } from 'vitest';
import {
  type ArticleList,
  articleListSchema,
  articleSchema,
  forumListSchema,
  problemSchema,
  topicListSchema,
} from '../../src/shared/contract.ts';
import type { FixtureArticle } from '../../mocks/data.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

const site = useFixtureSite();

// An editor's paste with everything that could run or leak, beside plain text.
const HOSTILE_BODY: FixtureArticle = {
  slug: 'hostile-body',
  title: 'Hostile Body',
  summary: 'A body that tries to run code.',
  published: '2024-11-21T10:00:00+08:00',
  forum: 'energy-session',
  topics: ['standards'],
  author: 'Staff reporter',
  body: [
    'Plain words stay. <script>alert(1)</script>',
    '',
    '<img src="https://evil.example/x.png" onerror="alert(1)"> <iframe src="https://evil.example/"></iframe>',
    '',
    '[bad](javascript:alert(1)) and <a href="https://example.org" onclick="alert(1)">out</a>',
  ].join('\n'),
};
const hostileSite = useFixtureSite({ articles: [HOSTILE_BODY] });

async function getList(query: string) {
  const response = await site.app.request(`/api/articles${query}`);
  expect(response.status).toBe(200);
  return articleListSchema.parse(await response.json());
}

const slugsOf = (list: ArticleList) => list.items.map((item) => item.slug);
const markedWords = ({ text, ranges }: { text: string; ranges: [number, number][] }) =>
  ranges.map(([start, end]) => text.slice(start, end));

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

  it('ranks the word as typed first, then its other forms, each by field: title above body', async () => {
    // "sensors" as typed: in one title and in one body; "sensor" in two summaries.
    const slugs = slugsOf(await getList('?q=sensors&sort=relevance'));
    expect(slugs).toHaveLength(4);
    expect(slugs[0]).toBe('cold-chain-sensors-protect-vaccines');
    expect(slugs[1]).toBe('smart-streetlights-cut-city-energy-use');
    expect(slugs.slice(2).sort()).toEqual([
      'malmo-and-sao-paulo-compare-city-platforms',
      'ports-track-containers-in-real-time',
    ]);

    // "standards": in a title (and its summary), in another article's body, and
    // the name of a topic two more are filed under.
    const standards = slugsOf(await getList('?q=standards&sort=relevance'));
    expect(standards[0]).toBe('opening-2021-calls-for-common-standards');
    expect(standards.slice(1).sort()).toEqual([
      'grid-operators-share-outage-data',
      'hospitals-plan-connected-wards',
      'malmo-and-sao-paulo-compare-city-platforms',
    ]);
  });

  it('marks matches in title and summary as ranges over plain text', async () => {
    const list = await getList('?q=ports%20track');
    expect(slugsOf(list)).toEqual(['ports-track-containers-in-real-time']);
    const [item] = list.items;
    expect(item.match!.title).toEqual({
      text: 'Ports Track Containers in Real Time',
      ranges: [
        [0, 5],
        [6, 11],
      ],
    });
    // "Port" is another form of "ports".
    expect(item.match!.summary).toEqual({ text: item.summary, ranges: [[0, 4]] });

    const [both] = (await getList('?q=ports%20container')).items;
    expect(markedWords(both.match!.title)).toEqual(['Ports', 'Containers']);
    expect(both.match!.summary.text).toBe(both.summary);
    expect(markedWords(both.match!.summary)).toEqual(['Port', 'container']);
  });

  it('requires every word', async () => {
    expect((await getList('?q=containers')).total).toBe(2);
    expect((await getList('?q=vaccines')).total).toBe(1);
    expect((await getList('?q=containers%20vaccines')).total).toBe(0);
  });

  // Each of these means something to FTS5: a syntax error, or another search
  // (NEAR, OR, a column filter would each find an article here). As plain text
  // it finds exactly what its words typed alone find; text with no word finds
  // nothing, and blank text is no search at all.
  it.each([
    ['"', null],
    ['*', null],
    ['-', null],
    ['(', null],
    ['NEAR(a b)', 'near a b'],
    ['a OR', 'a or'],
    ['"unbalanced', 'unbalanced'],
    ['title:x', 'title x'],
    ['^', null],
    ['AND', 'and'],
    ['   ', ''],
    ['{}[]', null],
    ['NEAR(ports track)', 'near ports track'],
    ['title:vaccines', 'title vaccines'],
    ['ports OR vaccines', 'ports or vaccines'],
  ])('treats %j as plain text, never as an FTS operator', async (q, words) => {
    const found = await getList(`?pageSize=50&q=${encodeURIComponent(q)}`);
    const plain = words === null ? [] : slugsOf(await getList(`?pageSize=50&q=${encodeURIComponent(words)}`));
    expect(slugsOf(found)).toEqual(plain);
    expect(found.total).toBe(plain.length);
  });
});

describe('GET /api/articles/:slug', () => {
  it('returns the article with its body as HTML and related articles that share topics', async () => {
    const response = await site.app.request('/api/articles/hospitals-plan-connected-wards');
    expect(response.status).toBe(200);
    const article = articleSchema.parse(await response.json());
    expect(article.bodyHtml).toBe(
      '<p>Alarms from many devices are merged so nurses are not overwhelmed. ' +
        'Participants asked for standards that let equipment from different makers share one network.</p>',
    );
    expect(article.related.length).toBeGreaterThan(0);
    expect(article.related.length).toBeLessThanOrEqual(4);
    for (const related of article.related) {
      expect(related.slug).not.toBe(article.slug);
      expect(related.topics.some((topic) => article.topics.some((mine) => mine.slug === topic.slug))).toBe(true);
    }
  });

  it('serves a body with hostile markup only as sanitized HTML', async () => {
    const response = await hostileSite.app.request('/api/articles/hostile-body');
    const { bodyHtml } = articleSchema.parse(await response.json());
    expect(bodyHtml).toContain('<p>Plain words stay. </p>');
    expect(bodyHtml).toContain('<a href="https://example.org" rel="noopener noreferrer">out</a>');
    expect(bodyHtml).not.toMatch(/<script|alert|onerror|onclick|<iframe|evil\.example|javascript:/);
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
