import type { Page } from '@playwright/test';
import { SEED_SLUG, SEED_TITLE, expect, test } from './fixtures.ts';

// Chinese readers get the same portal under /zh/, with its own text, dates,
// search and links to the English pages. A Chinese browser is not offered the
// Chinese version of a Chinese page, so nothing covers the page here.
test.use({ locale: 'zh-CN' });

const SEED_TITLE_ZH = '2023世界物联网大会在北京开幕';
const h1 = (page: Page, name?: string | RegExp) => page.getByRole('heading', { level: 1, name });

test('a Chinese reader goes from the home page to a forum and an article, to its English version and back', async ({
  page,
}) => {
  await page.goto('/zh/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(h1(page, '最新新闻')).toBeVisible();

  await page.getByRole('navigation', { name: '论坛' }).getByRole('link', { name: '开幕式' }).click();
  await expect(page).toHaveURL(/\/zh\/forums\/opening-ceremony$/);
  await expect(h1(page, '开幕式')).toBeVisible();

  await page.getByRole('link', { name: SEED_TITLE_ZH }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/news/${SEED_SLUG}$`));
  await expect(h1(page, SEED_TITLE_ZH)).toBeVisible();
  await expect(page.getByText('2023年11月20日 09:00')).toBeVisible();
  await expect(page).toHaveTitle(`${SEED_TITLE_ZH} · 世界物联网大会新闻中心`);

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/news/${SEED_SLUG}$`));
  await expect(h1(page, SEED_TITLE)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('20 November 2023, 09:00')).toBeVisible();

  await page.goBack();
  await expect(h1(page, SEED_TITLE_ZH)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('an English article opened in a Chinese browser offers its Chinese version once the app has started', async ({
  page,
}) => {
  await page.goto(`/news/${SEED_SLUG}`);
  // The server cannot know the browser's languages: its page offers nothing.
  const offer = page.getByRole('complementary').filter({ hasText: '本页有中文版。' });
  await expect(offer.getByRole('link', { name: '阅读中文版' })).toHaveAttribute('href', `/zh/news/${SEED_SLUG}`);
  await offer.getByRole('button', { name: '不用了' }).click();
  await expect(offer).toBeHidden();
});

test('an article that exists only in Chinese switches to the English home, which says so', async ({ page }) => {
  await page.goto('/zh/news/beijing-youth-iot-innovation-camp');
  await expect(h1(page)).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/\?untranslated=1$/);
  await expect(h1(page, 'Latest news')).toBeVisible();
  await expect(page.getByText(/not available in English/i)).toBeVisible();
});

test('a Chinese search typed slowly finds Chinese articles and marks whole words', async ({ page }) => {
  await page.goto('/zh/search');
  const box = page.getByRole('searchbox', { name: '搜索全部新闻' });
  await box.pressSequentially('北京', { delay: 300 });
  await expect(page.getByRole('status').filter({ hasText: /找到\d+条与“北京”相关的结果/ })).toBeVisible();
  await expect(page).toHaveURL(/\/zh\/search\?q=%E5%8C%97%E4%BA%AC$/);
  const marks = page.getByRole('article').first().locator('mark');
  await expect(marks.first()).toBeVisible();
  // A mark covers the whole word the text was cut into (北京, 北京市), never half a word.
  for (const text of await marks.allTextContents()) expect(text).toMatch(/^北京.?$/);

  await box.fill('5G 工业互联网');
  await expect(page.getByRole('status').filter({ hasText: /找到\d+条与“5G 工业互联网”相关的结果/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /5G工业互联网展区/ })).toBeVisible();
});

const PAIRED_PAGES = [
  '/',
  '/?page=2',
  '/forums/energy-session',
  '/topics/digital-economy',
  '/search?q=grid',
  `/news/${SEED_SLUG}`,
  '/zh/news/beijing-youth-iot-innovation-camp',
];

test('every page type names its other language, and that page names it back', async ({ request, baseURL }) => {
  const alternatesOf = async (path: string) => {
    const html = await (await request.get(path)).text();
    const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)];
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
    return { canonical, alternates: new Map(links.map(([, lang, href]) => [lang, href])) };
  };
  for (const path of PAIRED_PAGES) {
    const { canonical, alternates } = await alternatesOf(path);
    expect(canonical, path).toBeDefined();
    expect([...alternates.values()], `${path} lists itself`).toContain(canonical);
    expect(alternates.has('x-default'), path).toBe(true);
    for (const [lang, href] of alternates) {
      if (lang === 'x-default') continue;
      const other = await alternatesOf(href.replace(baseURL!, ''));
      expect(other.canonical, `${href} is a page of its own`).toBe(href);
      expect([...other.alternates.values()], `${href} names ${path} back`).toContain(canonical);
    }
  }
});
