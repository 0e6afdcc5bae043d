import type { Page } from '@playwright/test';
import { SEED_SLUG, SEED_TITLE, expect, scrollToShareBar, test, waitForAppTakeover } from './fixtures.ts';

// Details a reader on a phone or a keyboard notices: where focus goes, what
// can be tapped, what a page says, and what a print or a footer gives them.

async function openApp(page: Page, path: string) {
  const response = await page.goto(path);
  // Wait for the app to take over, so later keys and clicks are handled in the page.
  await waitForAppTakeover(page);
  await page.waitForFunction(
    () => document.querySelector('#site-search, #search-page-q') !== null && 'serviceWorker' in navigator,
  );
  await page.waitForLoadState('networkidle');
  return response;
}

const cardLinks = (page: Page) => page.locator('main .card__title a');

test('keyboard Back returns focus to the story that was opened, where it was', async ({ page }) => {
  await openApp(page, '/');
  const eighth = cardLinks(page).nth(7);
  const href = await eighth.getAttribute('href');
  await eighth.focus();
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goBack();
  await expect(cardLinks(page).nth(7)).toBeFocused();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(5);
  // The next Tab carries on from there, not from the top of the page.
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.closest('li')?.textContent ?? '');
  expect(next).not.toBe('');
  expect(await page.evaluate(() => document.activeElement?.closest('header'))).toBeNull();
});

test.describe('cards', () => {
  test('the whole card opens the story, with one link to it', async ({ page }) => {
    await openApp(page, '/');
    const card = page.locator('main .card-list .card').first();
    const href = await card.locator('.card__title a').getAttribute('href');
    await expect(card.locator(`a[href="${href}"]`)).toHaveCount(1);
    // The headline's link is stretched over the card: a click on the summary lands on it.
    await card.locator('.card__summary').click({ force: true });
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
});

const TARGET_PAGES = ['/', '/forums/energy-session', '/search?q=grid', `/news/${SEED_SLUG}`, '/zh/'];

test.describe('touch targets', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of TARGET_PAGES) {
    test(`every link and button on ${path} is at least 24 by 24 pixels`, async ({ page }) => {
      await openApp(page, path);
      const small = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, summary, select'))
          // Links inside a sentence of running text are exempt (WCAG 2.5.8 "inline").
          .filter((element) => !element.closest('.prose p, .prose li, .empty-state p, .info-page p'))
          .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
          .filter((element) => !element.matches('.skip-link, .visually-hidden *'))
          // A card's link is stretched over the whole card: the card is its target.
          .map((element) => ({
            element,
            box: (element.matches('.card__link') ? element.closest('.card')! : element).getBoundingClientRect(),
          }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ element, box }) => `${element.tagName} "${element.textContent?.trim()}" ${box.width}×${box.height}`),
      );
      expect(small).toEqual([]);
    });
  }
});

test.describe('the article', () => {
  test('the author line says "By …", and "作者：…" in Chinese', async ({ page }) => {
    await openApp(page, `/news/${SEED_SLUG}`);
    await expect(page.locator('.article__header .meta__line')).toContainText(/By \S/);
    await openApp(page, `/zh/news/${SEED_SLUG}`);
    await expect(page.locator('.article__header .meta__line')).toContainText(/作者：\S/);
  });

  test('"Link copied" is announced, then clears after a few seconds', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, `/news/${SEED_SLUG}`);
    await scrollToShareBar(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Link copied' });
    await expect(status).toBeVisible();
    await expect(page.getByText('Link copied')).toHaveCount(0, { timeout: 10_000 });
    // Copying again is announced again.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(status).toBeVisible();
  });

  test('prints as headline, meta and body only, with the URL', async ({ page }) => {
    await openApp(page, `/news/${SEED_SLUG}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
    await expect(page.locator('.article__header .meta')).toBeVisible();
    await expect(page.getByText(/António Guterres delivered a written address/)).toBeVisible();
    for (const hidden of ['banner', 'contentinfo']) await expect(page.getByRole(hidden as 'banner')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Share this article' })).toBeHidden();
    await expect(page.locator('.related')).toBeHidden();
    await expect(page.locator('.article__cover')).toBeHidden();
    const printedUrl = await page
      .locator('.article__header .meta')
      .evaluate((meta) => getComputedStyle(meta, '::after').content);
    expect(printedUrl).toBe(`"${new URL(`/news/${SEED_SLUG}`, page.url()).href}"`);

    // A reader in the dark scheme prints on white paper too: the summary stays dark, not a pale grey.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const summaryColour = await page
      .locator('.article__summary')
      .evaluate((summary) => getComputedStyle(summary).color);
    expect(summaryColour).toBe('rgb(79, 89, 101)');
  });

  test('no Permissions-Policy warning, and sharing is still allowed', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (/Permissions-Policy/i.test(message.text())) warnings.push(message.text());
    });
    const response = await openApp(page, `/news/${SEED_SLUG}`);
    expect(warnings).toEqual([]);
    // Sharing is not switched off: the share sheet and the clipboard stay allowed to the page itself.
    const policy = (await response?.allHeaders())?.['permissions-policy'] ?? '';
    expect(policy).not.toMatch(/(web-share|clipboard-write)=\(\)/);
    await scrollToShareBar(page);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
  });
});

test.describe('a page beyond the last one', () => {
  for (const [path, first] of [
    ['/?page=99', '/'],
    ['/forums/energy-session?page=99', '/forums/energy-session'],
    ['/topics/digital-economy?page=99', '/topics/digital-economy'],
    ['/search?q=grid&page=99', '/search?q=grid'],
    ['/zh/?page=99', '/zh/'],
  ]) {
    test(`${path} is a 404 with a link to page 1`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: /Page not found|页面不存在/ })).toBeVisible();
      await expect(page.locator(`main a[href="${first}"]`).first()).toBeVisible();
    });
  }
});

test.describe('the footer', () => {
  test('links to the feeds, the sitemap, the about and accessibility pages', async ({ page }) => {
    await openApp(page, '/forums/energy-session');
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('a[href="/forums/energy-session/feed.xml"]')).toBeVisible();
    await expect(footer.locator('a[href="/feed.xml"]')).toBeVisible();
    await expect(footer.locator('a[href="/sitemap.xml"]')).toBeVisible();
    await footer.getByRole('link', { name: 'About the news center' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /About/ })).toBeVisible();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Accessibility/ })).toBeVisible();
    for (const name of ['What we test', 'Known limits', 'Report a problem']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.locator('main a[href^="mailto:"]')).toBeVisible();
  });

  test('the about and accessibility pages exist in Chinese, with a 200', async ({ page }) => {
    for (const path of ['/zh/about', '/zh/accessibility', '/about', '/accessibility']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/not found|不存在/);
    }
    await openApp(page, '/zh/topics/digital-economy');
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('a[href="/zh/topics/digital-economy/feed.xml"]')).toBeVisible();
    await expect(footer.locator('a[href="/zh/feed.xml"]')).toBeVisible();
    await expect(footer.getByRole('link', { name: '无障碍' })).toBeVisible();
  });
});
