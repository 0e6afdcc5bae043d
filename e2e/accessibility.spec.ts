import { SEED_SLUG, expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';

// Every page type in both languages, in both colour schemes, with every axe rule switched on.
const ENGLISH = [
  { name: 'home', url: '/' },
  { name: 'a list page 2', url: '/?page=2' },
  { name: 'a forum', url: '/forums/energy-session' },
  { name: 'a topic', url: '/topics/digital-economy' },
  { name: 'search with results', url: '/search?q=smart%20grid' },
  { name: 'search with no results', url: '/search?q=zeppelinfield' },
  { name: 'an article', url: `/news/${SEED_SLUG}` },
  { name: 'not found', url: '/no/such/page' },
];
const CHINESE = [
  { name: 'Chinese home', url: '/zh/' },
  { name: 'a Chinese forum', url: '/zh/forums/energy-session' },
  { name: 'a Chinese topic', url: '/zh/topics/digital-economy' },
  { name: 'Chinese search with results', url: '/zh/search?q=%E5%8C%97%E4%BA%AC' },
  { name: 'Chinese search with no results', url: '/zh/search?q=%E9%A3%9E%E8%89%87' },
  { name: 'a Chinese article', url: `/zh/news/${SEED_SLUG}` },
  { name: 'Chinese not found', url: '/zh/no/such/page' },
];
const PAGES = [
  ...ENGLISH.map((page) => ({ ...page, lang: 'en', forums: 'Forums' })),
  ...CHINESE.map((page) => ({ ...page, lang: 'zh-Hans', forums: '论坛' })),
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, url, forums } of PAGES) {
    test(`${name} has no accessibility violations in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Wait until loading has finished, so axe checks the page a reader settles on.
      await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: forums }).getByRole('link')).not.toHaveCount(1);
      await expectNoAxeViolations(page);
    });
  }
}

test('the document language is set and each page has one h1', async ({ page }) => {
  for (const { url, lang } of PAGES) {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
});
