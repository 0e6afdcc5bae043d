import { XSS_VECTORS } from './xss-vectors.ts';
import { expect, test } from './fixtures.ts';

// No script from content, a search or a URL ever runs: alert() and any
// uncaught error are trapped before the page loads, and the page still renders.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { ran: string[] };
    w.ran = [];
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      window[name] = ((...args: unknown[]) => void w.ran.push(`${name}(${args.join(',')})`)) as never;
    }
    window.addEventListener('error', (event) => w.ran.push(`error: ${event.message}`));
  });
  page.on('dialog', (dialog) => void dialog.dismiss());
});

async function expectNothingRan(page: import('@playwright/test').Page) {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { ran: string[] }).ran)).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('hostile text in an article’s title, summary, body, author, forum and topic stays text', async ({ page }) => {
  await page.goto('/news/hostile-article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hostile ${XSS_VECTORS[1]}`);
  await expect(page.getByText('A paragraph that survives sanitizing.')).toBeVisible();
  await expect(page.getByRole('link', { name: `Forum ${XSS_VECTORS[3]}` }).first()).toBeVisible();
  await expect(page.locator('.article__body script, .article__body iframe, .article__body [onerror]')).toHaveCount(0);
  await expectNothingRan(page);

  await page
    .getByRole('link', { name: `Forum ${XSS_VECTORS[3]}` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Forum ${XSS_VECTORS[3]}`);
  await expectNothingRan(page);

  await page.goto('/topics/hostile-topic');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Topic ${XSS_VECTORS[6]}`);
  await expectNothingRan(page);
});

test('hostile text in the search box and the URL stays text', async ({ page }) => {
  test.setTimeout(120_000);
  for (const vector of XSS_VECTORS) {
    await page.goto(`/search?q=${encodeURIComponent(vector)}&forum=${encodeURIComponent(vector)}`);
    await expectNothingRan(page);
    await page.goto(`/news/${encodeURIComponent(vector)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectNothingRan(page);
  }
  await page.goto('/');
  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
  await box.fill(XSS_VECTORS[3]);
  await box.press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Search the news' })).toHaveValue(XSS_VECTORS[3]);
  await expectNothingRan(page);
});
