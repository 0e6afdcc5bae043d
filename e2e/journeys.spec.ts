import type { Page } from '@playwright/test';
import { SEED_SLUG, SEED_TITLE, expect, scrollToShareBar, test, waitForAppTakeover } from './fixtures.ts';

const h1 = (page: Page, name?: string | RegExp) => page.getByRole('heading', { level: 1, name });
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test('home to topic: a reader browses a topic, opens page 2, reads an article and comes back', async ({ page }) => {
  await page.goto('/');
  await expect(h1(page, 'Latest news')).toBeVisible();
  const latestFirst = await page.getByRole('article').first().getByRole('heading').textContent();

  await page
    .getByRole('navigation', { name: 'Browse by topic' })
    .getByRole('link', { name: /^Digital Economy/ })
    .click();
  await expect(page).toHaveURL(/\/topics\/digital-economy$/);
  await expect(h1(page, 'Digital Economy')).toBeVisible();
  await expect(page.getByRole('article').first().getByRole('heading')).not.toHaveText(latestFirst!);

  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Page 2', exact: true }).click();
  await expect(page).toHaveURL(/\/topics\/digital-economy\?page=2$/);
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();

  const card = page.getByRole('article').nth(6);
  await card.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(400);
  // The wheel may still be scrolling: the position to come back to is where the page stands still.
  let before = await scrollY(page);
  await expect
    .poll(async () => {
      const now = await scrollY(page);
      const still = now === before;
      before = now;
      return still;
    })
    .toBe(true);
  const title = (await card.getByRole('heading').textContent())!;
  await card.getByRole('heading').getByRole('link').click();
  await expect(h1(page, title)).toBeVisible();
  expect(await scrollY(page)).toBe(0); // a new page starts at the top

  await page.goBack();
  await expect(page).toHaveURL(/\/topics\/digital-economy\?page=2$/);
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await expect.poll(() => scrollY(page)).toBeGreaterThan(before - 5);
  expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(5);
});

test('search: a reader searches from the header, refines, narrows, and leaves with Back', async ({ page }) => {
  await page.goto('/');
  const headerBox = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
  await headerBox.fill('smart');
  await headerBox.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=smart$/);
  await expect(page.getByRole('status').filter({ hasText: /results? for “smart”/ })).toBeVisible();

  const box = page.getByRole('searchbox', { name: 'Search the news' });
  await box.press('End');
  await box.pressSequentially(' grid', { delay: 40 });
  await expect(page).toHaveURL(/\/search\?q=smart\+grid$/);
  await expect(page.getByRole('status').filter({ hasText: /results? for “smart grid”/ })).toBeVisible();
  const marks = await page.locator('main mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^(smart|grid)/);

  await page
    .getByRole('navigation', { name: 'Narrow by forum' })
    .getByRole('link', { name: /^Energy Session/ })
    .click();
  await expect(page).toHaveURL(/\/search\?q=smart\+grid&forum=energy-session$/);
  await expect(page.getByRole('article').first().getByRole('link', { name: 'Energy Session' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=smart\+grid$/);
  await page.goBack(); // typing replaced the URL, so one more Back leaves the search
  await expect(page).toHaveURL(/\/$/);
  await expect(h1(page, 'Latest news')).toBeVisible();
});

test('deep links: an article opens straight from its link and survives a reload', async ({ page }) => {
  const response = await page.goto(`/news/${SEED_SLUG}?utm_source=chat`);
  expect(response?.status()).toBe(200);
  await expect(h1(page, SEED_TITLE)).toBeVisible();
  await expect(page.getByText(/António Guterres delivered a written address/)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/news/${SEED_SLUG}$`)); // tracking parameters removed
  await page.reload();
  await expect(h1(page, SEED_TITLE)).toBeVisible();
  await expect(page.getByText(/António Guterres delivered a written address/)).toBeVisible();
});

test('deep links: page 2 of a forum narrowed by a topic opens straight from its link', async ({ page }) => {
  const response = await page.goto('/forums/energy-session?topic=energy-transition&page=2');
  expect(response?.status()).toBe(200);
  await expect(h1(page, 'Energy Session')).toBeVisible();
  await expect(page.getByText(/^\d+ articles on Energy Transition$/)).toBeVisible();
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Narrow by topic' }).getByRole('link', { name: /^Energy Transition/ }),
  ).toHaveAttribute('aria-current', 'true');
});

test('not found: an unknown article and an unknown path answer 404 with a way back', async ({ page }) => {
  for (const url of ['/news/no-such-article', '/no/such/page']) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(h1(page, 'Page not found')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Read the latest news' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Search the news' })).toBeVisible();
  }
});

test('copy link: the copied text is the canonical URL, and the page confirms it', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/news/${SEED_SLUG}?utm_medium=social`);
  await scrollToShareBar(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/news/${SEED_SLUG}`);
});

/** Presses Tab until `target` has focus, checking that every stop shows where focus is. */
async function tabTo(page: Page, target: () => boolean, limit = 60) {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement!;
      const style = getComputedStyle(element);
      return {
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        description: `${element.tagName} ${element.textContent?.trim().slice(0, 40)}`,
      };
    });
    expect(focus.visible, `focus is visible on ${focus.description}`).toBe(true);
    if (await page.evaluate(target)) return;
  }
  throw new Error('the target never received focus');
}

test('keyboard only: skip link, search box, a forum and an article, without a mouse', async ({ page }) => {
  await page.goto('/');
  await expect(h1(page, 'Latest news')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await tabTo(page, () => document.activeElement?.id === 'site-search');
  await page.keyboard.type('grid');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=grid$/);
  await expect(h1(page, 'Search')).toBeFocused();

  await tabTo(page, () => /^Energy Session/.test(document.activeElement?.textContent ?? ''));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/forum=energy-session/);

  await tabTo(page, () => document.activeElement?.closest('.card__title') !== null);
  const title = (await page.evaluate(() => document.activeElement?.textContent))!;
  await page.keyboard.press('Enter');
  await expect(h1(page, title)).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(page.locator('.article__body p').first()).toBeVisible();
});

test('phone width: navigation and search work at 375 px and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const noSidewaysScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  await page.goto('/');
  await expect(h1(page, 'Latest news')).toBeVisible();
  expect(await noSidewaysScroll()).toBe(true);

  // On a phone the forums are folded into one menu.
  await page.getByRole('navigation', { name: 'Forums' }).getByText('All forums').click();
  await page.getByRole('navigation', { name: 'Forums' }).getByRole('link', { name: 'Energy Session' }).click();
  await expect(h1(page, 'Energy Session')).toBeVisible();
  expect(await noSidewaysScroll()).toBe(true);

  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox');
  await box.fill('ports');
  await box.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /results? for “ports”/ })).toBeVisible();
  expect(await noSidewaysScroll()).toBe(true);

  await page.goto(`/news/${SEED_SLUG}`);
  await expect(h1(page, SEED_TITLE)).toBeVisible();
  expect(await noSidewaysScroll()).toBe(true);
});

test.describe('the first view comes with the HTML', () => {
  test.use({ javaScriptEnabled: false });

  test('an article and the latest news show without any script', async ({ page }) => {
    await page.goto(`/news/${SEED_SLUG}`);
    await expect(h1(page, SEED_TITLE)).toBeVisible();
    await expect(page.getByText(/António Guterres delivered a written address/)).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Lead story' })).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(12);
  });
});

test('the app takes over the server’s HTML without drawing it again', async ({ page }) => {
  // Records elements removed from the page while it loads; a failed hydration replaces them all.
  // (Text may change: dates are rewritten in the reader's locale once the app runs.)
  await page.addInitScript(() => {
    const w = window as unknown as { removedNodes: string[] };
    w.removedNodes = [];
    new MutationObserver((records) => {
      for (const record of records) {
        record.removedNodes.forEach((node) => {
          if (node.nodeType === Node.ELEMENT_NODE) w.removedNodes.push(node.nodeName);
        });
      }
    }).observe(document, { childList: true, subtree: true });
  });
  // The app's code is held until the reader has scrolled: whoever is reading
  // as the app starts stays where they are.
  let releaseApp = () => {};
  const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(/\/assets\/app-[\w-]+\.js$/, async (route) => {
    await appHeld;
    await route.continue();
  });
  await page.goto(`/news/${SEED_SLUG}`);
  await expect(h1(page, SEED_TITLE)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 600));
  releaseApp();
  await waitForAppTakeover(page);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { removedNodes: string[] }).removedNodes)).toEqual([]);
  expect(await page.evaluate(() => window.scrollY)).toBe(600);
  // And it is a live app: a click navigates without a page load.
  await page.getByRole('navigation', { name: 'Forums' }).getByRole('link', { name: 'Opening Ceremony' }).click();
  await expect(h1(page, 'Opening Ceremony')).toBeVisible();
});

test('each page arrives with all its styles, and the article’s come with it when the app opens one', async ({
  page,
}) => {
  const linkedBy = (html: string) =>
    [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]);
  const inUse = () =>
    page.evaluate(() => [...document.styleSheets].map((sheet) => new URL(sheet.href ?? '', location.href).pathname));
  const articleColumn = () => page.locator('.article').evaluate((element) => getComputedStyle(element).maxWidth);

  for (const path of [
    '/',
    '/about',
    `/news/${SEED_SLUG}`,
    `/zh/news/${SEED_SLUG}`,
    '/search?q=internet',
    '/forums/ambassador-forum',
  ]) {
    const linked = linkedBy(await (await page.request.get(path)).text());
    // The page's own code is the last the app loads as it starts.
    const pageCode = page.waitForResponse(/\/assets\/[a-z-]+-page-[\w-]+\.js$/);
    await page.goto(path);
    await pageCode;
    await page.waitForLoadState('networkidle');
    // A stylesheet the app had to add would have been missing while the page was painted.
    expect(await inUse(), path).toEqual(linked);
  }
  expect(linkedBy(await (await page.request.get('/')).text())).toHaveLength(1);

  // From the latest news (one stylesheet) into an article: its styles arrive with its code.
  await page.goto('/');
  await page.getByRole('region', { name: 'Lead story' }).getByRole('heading').getByRole('link').click();
  await expect(page.locator('.article')).toBeVisible();
  expect(await articleColumn()).toBe('736px');
});
