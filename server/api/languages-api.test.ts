import { describe, expect, it } from 'vitest';
import { articleListSchema, articleSchema, forumListSchema, topicListSchema } from '../../src/shared/contract.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// Every endpoint answers in one language, chosen by `lang` (English when left
// out, so the URLs that exist today keep their answers).

const site = useFixtureSite();

async function get(url: string) {
  const response = await site.app.request(url);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
}

describe('the lang parameter', () => {
  it.each([
    '/api/articles?lang=fr',
    '/api/articles?lang=ZH',
    '/api/articles/hospitals-plan-connected-wards?lang=zh-Hans',
    '/api/forums?lang=de',
    '/api/topics?lang=1',
  ])('%s is a 400 naming lang', async (url) => {
    const { status, type, body } = await get(url);
    expect(status).toBe(400);
    expect(type).toMatch(/^application\/problem\+json/);
    expect(body.errors).toEqual([{ field: 'lang', message: 'lang must be en or zh' }]);
  });

  it('refuses languages other than all', async () => {
    const { status, body } = await get('/api/articles?languages=both');
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ field: 'languages', message: 'languages must be all, or left out' }]);
  });
});

describe('lists in one language', () => {
  it('keeps each list to its language, with names in that language', async () => {
    const chinese = articleListSchema.parse((await get('/api/articles?lang=zh')).body);
    expect(chinese.total).toBe(4);
    expect(chinese.items.map((item) => item.title)).toEqual([
      '北京青少年物联网创新营开营',
      '电网运营商同意共享停电数据',
      '2023世界物联网大会在北京开幕',
      '医院规划联网病房',
    ]);
    expect(chinese.items[1].forum).toEqual({ slug: 'energy-session', name: '能源分论坛' });
    expect(chinese.items[1].topics.map((topic) => topic.name)).toEqual(['可持续发展目标', '标准']);

    const english = articleListSchema.parse((await get('/api/articles?lang=en')).body);
    expect(english.total).toBe(14);
    expect(english.items.every((item) => item.lang === 'en')).toBe(true);
    expect(english).toEqual(articleListSchema.parse((await get('/api/articles')).body));
  });

  it('filters by forum and topic within the language', async () => {
    const list = articleListSchema.parse(
      (await get('/api/articles?lang=zh&topic=standards&forum=healthcare-session')).body,
    );
    expect(list.items.map((item) => [item.lang, item.slug])).toEqual([['zh', 'hospitals-plan-connected-wards']]);
  });

  it('searches within the language, or in every language with languages=all', async () => {
    const slugsOf = async (url: string) =>
      articleListSchema.parse((await get(url)).body).items.map((item) => `${item.lang}/${item.slug}`);
    // The second is filed under the topic 5G、6G与网络连接.
    expect(await slugsOf('/api/articles?lang=zh&q=5G&sort=newest')).toEqual([
      'zh/beijing-youth-iot-camp',
      'zh/convention-2023-opens-in-beijing',
    ]);
    // Two more are filed under 5G, 6G and Connectivity.
    expect(await slugsOf('/api/articles?q=5G&sort=newest')).toEqual([
      'en/tenth-convention-looks-ahead',
      'en/convention-2023-opens-in-beijing',
      'en/ports-track-containers-in-real-time',
      'en/envoys-welcome-5g-cooperation',
    ]);
    expect(await slugsOf('/api/articles?lang=zh&languages=all&q=5G&sort=newest')).toEqual([
      'en/tenth-convention-looks-ahead',
      'zh/beijing-youth-iot-camp',
      'zh/convention-2023-opens-in-beijing',
      'en/convention-2023-opens-in-beijing',
      'en/ports-track-containers-in-real-time',
      'en/envoys-welcome-5g-cooperation',
    ]);
  });

  it('lists every language by date with languages=all, each article named in its own language', async () => {
    const list = articleListSchema.parse((await get('/api/articles?languages=all&pageSize=4&page=2')).body);
    expect(list.total).toBe(18);
    expect(list.items.map((item) => `${item.lang}/${item.slug}`)).toEqual([
      'en/grid-operators-share-outage-data',
      'en/ambassadors-discuss-digital-trade',
      'zh/convention-2023-opens-in-beijing',
      'en/convention-2023-opens-in-beijing',
    ]);
    expect(list.items.map((item) => item.forum.name)).toEqual([
      'Energy Session',
      'Ambassador Forum',
      '开幕式',
      'Opening Ceremony',
    ]);
  });
});

describe('forums and topics in one language', () => {
  it('names them in the language asked for and counts that language’s articles', async () => {
    const forums = forumListSchema.parse((await get('/api/forums?lang=zh')).body).items;
    expect(forums.find((forum) => forum.slug === 'energy-session')).toEqual({
      slug: 'energy-session',
      name: '能源分论坛',
      description: '智能电网、可再生能源与能源转型。',
      articleCount: 1,
    });
    const everywhere = forumListSchema.parse((await get('/api/forums?lang=zh&languages=all')).body).items;
    expect(everywhere.find((forum) => forum.slug === 'energy-session')?.articleCount).toBe(3);
    const topics = topicListSchema.parse((await get('/api/topics?lang=zh&forum=healthcare-session')).body).items;
    expect(topics.filter((topic) => topic.articleCount > 0).map((topic) => topic.name)).toEqual(['数字健康', '标准']);
  });
});

describe('one article in one language', () => {
  it('answers the Chinese version with its language, its translations and related articles in Chinese', async () => {
    const { status, body } = await get('/api/articles/hospitals-plan-connected-wards?lang=zh');
    expect(status).toBe(200);
    const article = articleSchema.parse(body);
    expect(article).toMatchObject({ lang: 'zh', title: '医院规划联网病房', forum: { name: '医疗健康分论坛' } });
    expect(article.translations).toEqual([
      { lang: 'en', slug: 'hospitals-plan-connected-wards', title: 'Hospitals Plan Connected Wards' },
    ]);
    expect(article.related.map((related) => `${related.lang}/${related.slug}`)).toEqual([
      'zh/grid-operators-share-outage-data',
    ]);
  });

  it('answers the English version with its Chinese translation', async () => {
    const article = articleSchema.parse((await get('/api/articles/hospitals-plan-connected-wards')).body);
    expect(article.lang).toBe('en');
    expect(article.translations).toEqual([
      { lang: 'zh', slug: 'hospitals-plan-connected-wards', title: '医院规划联网病房' },
    ]);
    expect(article.related.every((related) => related.lang === 'en')).toBe(true);
  });

  it('finds an article only in the languages it exists in', async () => {
    const only = articleSchema.parse((await get('/api/articles/beijing-youth-iot-camp?lang=zh')).body);
    expect(only.translations).toEqual([]);
    expect((await get('/api/articles/beijing-youth-iot-camp')).status).toBe(404);
    const missing = await get('/api/articles/ports-track-containers-in-real-time?lang=zh');
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('There is no article "ports-track-containers-in-real-time".');
  });
});
