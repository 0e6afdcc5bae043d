import type { Page } from '@playwright/test';
import { SEED_SLUG, SEED_TITLE, expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';

// Browsing by convention year: from the home page's list of years to one
// edition, narrowed by a forum, to an article, whose date leads back to its year.

const SEED_TITLE_ZH = '2023世界物联网大会在北京开幕';
const h1 = (page: Page, name?: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Chooses a chip of a filter group; on a narrow screen the group is folded and is opened first. */
async function chooseChip(page: Page, group: string, chip: RegExp) {
  const nav = page.getByRole('navigation', { name: group });
  const link = nav.getByRole('link', { name: chip });
  if (!(await link.isVisible())) await page.locator('details', { has: nav }).locator('summary').click();
  await link.click();
}

const JOURNEYS = [
  {
    lang: 'English',
    home: '/',
    years: 'Browse by convention year',
    edition: '/editions/2023',
    heading: 'WIOTC 2023',
    forumGroup: 'Narrow by forum',
    forum: /^Opening Ceremony \(\d+\)$/,
    count: /^\d+ articles? on Opening Ceremony$/,
    article: SEED_TITLE,
    articlePath: `/news/${SEED_SLUG}`,
    dateLink: /^20 November 2023, 09:00 ?, more news of WIOTC 2023$/,
  },
  {
    lang: 'Chinese',
    home: '/zh/',
    years: '按大会年份浏览',
    edition: '/zh/editions/2023',
    heading: '2023世界物联网大会',
    forumGroup: '按论坛筛选',
    forum: /^开幕式 \(\d+\)$/,
    count: /^关于“开幕式”的文章\d+篇$/,
    article: SEED_TITLE_ZH,
    articlePath: `/zh/news/${SEED_SLUG}`,
    dateLink: /^2023年11月20日 09:00 ?，查看2023世界物联网大会更多新闻$/,
  },
];

for (const journey of JOURNEYS) {
  test(`${journey.lang}: home → an edition → narrowed by a forum → an article → its date → the edition`, async ({
    page,
  }) => {
    await page.goto(journey.home);
    const years = page.getByRole('navigation', { name: journey.years });
    await years.getByRole('link', { name: /^2023 \(\d+\)$/ }).click();
    await expect(page).toHaveURL(new RegExp(`${journey.edition}$`));
    await expect(h1(page, journey.heading)).toBeVisible();

    await chooseChip(page, journey.forumGroup, journey.forum);
    await expect(page).toHaveURL(new RegExp(`${journey.edition}\\?forum=opening-ceremony$`));
    await expect(page.getByRole('status').filter({ hasText: journey.count })).toBeVisible();

    await page.getByRole('link', { name: journey.article, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${journey.articlePath}$`));
    await expect(h1(page, journey.article)).toBeVisible();

    await page.getByRole('link', { name: journey.dateLink }).click();
    await expect(page).toHaveURL(new RegExp(`${journey.edition}$`));
    await expect(h1(page, journey.heading)).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: journey.years }).getByRole('link', { name: /^2023 / }),
    ).toHaveAttribute('aria-current', 'page');
  });
}

test('an edition works without JavaScript and has a feed', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/editions/2023?forum=opening-ceremony');
  expect(response?.status()).toBe(200);
  await expect(h1(page, 'WIOTC 2023')).toBeVisible();
  await expect(page.getByRole('link', { name: SEED_TITLE, exact: true })).toBeVisible();
  await context.close();
  const feed = await request.get('/editions/2023/feed.xml');
  expect(feed.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  expect(await feed.text()).toContain(SEED_TITLE);
  expect((await request.get('/editions/2017x')).status()).toBe(404);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const url of ['/editions/2023', '/zh/editions/2023?forum=opening-ceremony']) {
    test(`${url} has no accessibility violations in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(url);
      await expect(h1(page)).toBeVisible();
      await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0);
      await expect(page.locator('.list-count')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
