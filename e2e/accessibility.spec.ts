import AxeBuilder from '@axe-core/playwright';
import { SEED_SLUG, expect, test } from './fixtures.ts';

// Every page type, in both colour schemes, with every axe rule switched on.
const PAGES = [
  { name: 'home', url: '/' },
  { name: 'a list page 2', url: '/?page=2' },
  { name: 'a forum', url: '/forums/energy-session' },
  { name: 'a topic', url: '/topics/digital-economy' },
  { name: 'search with results', url: '/search?q=smart%20grid' },
  { name: 'search with no results', url: '/search?q=zeppelinfield' },
  { name: 'an article', url: `/news/${SEED_SLUG}` },
  { name: 'not found', url: '/no/such/page' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, url } of PAGES) {
    test(`${name} has no accessibility violations in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Wait until loading has finished, so axe checks the page a reader settles on.
      await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: 'Forums' }).getByRole('link')).not.toHaveCount(1);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((violation) => ({
        rule: violation.id,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
      }));
      expect(summary).toEqual([]);
      expect(results.passes.length, 'axe checked the page').toBeGreaterThan(15);
    });
  }
}

test('the document language is set and each page has one h1', async ({ page }) => {
  for (const { url } of PAGES) {
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  }
});
