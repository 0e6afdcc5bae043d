import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { DRAFT, SCHEDULED, previewPathOf } from './unpublished-content.ts';

// What an editor does before a story is public: preview a draft and a
// scheduled story at their secret addresses, while readers find them nowhere.

for (const story of [DRAFT, SCHEDULED]) {
  test(`readers find "${story.title}" nowhere: not at its address, in the news or in search`, async ({ page }) => {
    const article = await page.goto(`/news/${story.slug}`);
    expect(article?.status()).toBe(404);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(story.title)).toHaveCount(0);
    await page.goto(`/search?q=${story === DRAFT ? 'zanzibarite' : 'quillwort'}`);
    await expect(page.getByText(/No articles/).first()).toBeVisible();
  });
}

test('the preview shows a draft as readers will see it, says it is a draft, and shows its share card', async ({
  page,
}) => {
  const response = await page.goto(previewPathOf(DRAFT.slug));
  expect(response?.status()).toBe(200);
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByRole('heading', { level: 1, name: DRAFT.title })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Preview' })).toContainText('Draft: readers cannot see');
  await expect(page.getByText(/zanzibarite story/)).toBeVisible();
  const card = page.getByRole('region', { name: 'Share card' });
  // Drawn at import and served by the portal, at the size chat apps ask for.
  const image = card.locator('img');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(1200);
  await expectNoAxeViolations(page);
});

test('the preview of a scheduled story gives the time it goes public', async ({ page }) => {
  await page.goto(previewPathOf(SCHEDULED.slug));
  await expect(page.getByRole('heading', { level: 1, name: SCHEDULED.title })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Preview' })).toContainText(
    'Scheduled: readers see this article from 20 November 2099, 09:00, by itself.',
  );
});

test('a preview address that is not one is the not-found page', async ({ page }) => {
  const response = await page.goto('/preview/abcdefghijklmnopqrstuv');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
