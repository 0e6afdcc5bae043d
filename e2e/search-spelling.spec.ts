import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// A word from the title of one shipped article, typed with a letter left out:
// no article contains the misspelling, and the indexed word is one letter away.
const TYPED = 'irigation';
const CORRECTED = 'irrigation';
const ARTICLE = {
  slug: 'soil-and-water-sensors-deliver-irrigation-savings',
  title: 'Soil and Water Sensors Deliver Irrigation Savings Across Three Continents',
};

const h1 = (page: Page, name?: string | RegExp) => page.getByRole('heading', { level: 1, name });

test('a misspelled search shows the results for the corrected word, and one of them opens', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search news' });
  await box.pressSequentially(TYPED, { delay: 80 });
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${TYPED}$`));

  // The page says what it searched instead, with the corrected word emphasized.
  const notice = page.getByRole('status').filter({ hasText: 'No articles contain' });
  await expect(notice).toHaveText(`No articles contain “${TYPED}”. Showing results for “${CORRECTED}”.`);
  await expect(notice.locator('strong')).toHaveText(CORRECTED);
  const count = page.getByRole('status').filter({ hasText: new RegExp(`^\\d+ results? for “${CORRECTED}”$`) });
  await expect(count).toBeVisible();

  const result = page.getByRole('article').getByRole('heading').getByRole('link', { name: ARTICLE.title });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(new RegExp(`/news/${ARTICLE.slug}$`));
  await expect(h1(page, ARTICLE.title)).toBeVisible();
});
