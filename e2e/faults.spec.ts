import type { Page, Route } from '@playwright/test';
import { SEED_SLUG, SEED_TITLE, expect, test, waitForAppTakeover } from './fixtures.ts';

// The API fails in every way a network can; the reader is never left with a
// blank page. Requests are intercepted in the page, so the service worker is off here.
test.use({ serviceWorkers: 'block' });

const api = '**/api/**';
const alert = (page: Page) => page.getByRole('alert');

async function openHome(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Wait for the app to take over, so later clicks are handled in the page.
  await waitForAppTakeover(page);
  await page.waitForFunction(() => document.querySelector('#site-search') !== null && 'serviceWorker' in navigator);
  await page.waitForLoadState('networkidle');
}

test('a 500 shows a plain message with Retry, keeps the header, and Retry recovers', async ({ page }) => {
  await openHome(page);
  await page.route(api, (route) => route.fulfill({ status: 500, body: '' }));
  await page.getByRole('navigation', { name: 'Forums' }).getByRole('link', { name: 'Energy Session' }).click();
  await expect(alert(page)).toContainText('We could not load');
  await expect(page.getByRole('banner')).toBeVisible();
  await page.unroute(api);
  await alert(page).getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Energy Session' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(alert(page)).toHaveCount(0);
});

test('malformed JSON is reported as an unexpected response, not a crash', async ({ page }) => {
  await openHome(page);
  await page.route(api, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [' }),
  );
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Page 2', exact: true }).click();
  await expect(alert(page)).toContainText('Unexpected response from the server.');
  // What was on screen stays there.
  await expect(page.getByRole('article').first()).toBeVisible();
});

test('a server that is down is reported, and the app recovers by itself when the reader returns', async ({ page }) => {
  await openHome(page);
  await page.route(api, (route) => route.abort('connectionrefused'));
  await page.getByRole('navigation', { name: 'Forums' }).getByRole('link', { name: 'Ambassador Forum' }).click();
  await expect(alert(page)).toContainText('cannot be reached', { timeout: 15_000 });
  await expect(page.getByRole('banner')).toBeVisible();
  await page.unroute(api);
  // The reader comes back to the tab: no click on Retry needed.
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(alert(page)).toHaveCount(0);
});

test('a very slow answer (10 s) is given up and reported, with Retry', async ({ page }) => {
  test.setTimeout(45_000);
  await openHome(page);
  await page.route(api, async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await route.fulfill({ status: 200, contentType: 'application/json', body: '{}' }).catch(() => undefined);
  });
  await page.getByRole('navigation', { name: 'Forums' }).getByRole('link', { name: 'Healthcare Session' }).click();
  await expect(alert(page)).toContainText('taking too long', { timeout: 15_000 });
  await expect(page.getByRole('banner')).toBeVisible();
  await page.unroute(api);
  await alert(page).getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Healthcare Session' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('offline, the reader is told so, and the page loads by itself on reconnect', async ({ page, context }) => {
    await openHome(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready; // the app's code is kept for offline use
    });
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Forums' }).getByRole('link', { name: 'Ambassador Forum' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ambassador Forum' })).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByText('You are offline.')).toHaveCount(0);
  });

  test('an article already read still opens offline, with a clear notice', async ({ page, context }) => {
    await page.goto(`/news/${SEED_SLUG}`);
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now under the service worker, which keeps this visit
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
    await page.waitForLoadState('networkidle');

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
    await expect(page.getByText(/António Guterres delivered a written address/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toBeVisible();
    await context.setOffline(false);
  });

  /** Waits until the service worker's page cache holds this URL, as it must for a reload offline. */
  const keptForOffline = (page: Page) =>
    expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match(window.location.href))), { timeout: 15_000 })
      .toBe(true);

  test('the first page of the first visit reloads offline', async ({ page, context }) => {
    await page.goto(`/news/${SEED_SLUG}`);
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await keptForOffline(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: SEED_TITLE })).toBeVisible();
    await expect(page.getByText(/António Guterres delivered a written address/)).toBeVisible();
    await context.setOffline(false);
  });

  test('an article opened inside the site reloads offline', async ({ page, context }) => {
    await openHome(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // under the service worker from now on
    await openHome(page);
    const link = page.locator('main .card__title a').nth(2);
    const title = (await link.textContent()) ?? '';
    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await keptForOffline(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('.article__body')).toBeVisible();
    await context.setOffline(false);
  });
});

test("offline before a page's code has loaded: no impossible advice, and the page opens by itself on reconnect", async ({
  page,
  context,
}) => {
  await openHome(page);
  await context.setOffline(true);
  await page.getByRole('navigation', { name: 'Forums' }).getByRole('link', { name: 'Energy Session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/offline/i);
  await expect(page.getByText(/Something went wrong/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reload the page' })).toHaveCount(0);
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Energy Session' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('article').first()).toBeVisible();
});
