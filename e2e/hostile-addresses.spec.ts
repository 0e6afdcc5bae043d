import { SEED_SLUG, expect, test } from './fixtures.ts';

// Addresses a reader may be sent to by someone else, and what the real build
// makes of them in a real browser.

test('an address starting with // opens the not-found page of this site, and links stay here', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto(`${baseURL}//evil.example/x?utm_source=chat`);
  expect(response?.status()).toBe(404);
  // The app started: it renders the not-found page, and dropped the tracking parameter.
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveURL(`${baseURL}//evil.example/x`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/evil.example/x`);

  await page.getByRole('link', { name: 'Read the latest news' }).click();
  await page.getByRole('main').getByRole('article').first().getByRole('link').first().click();
  const share = page.getByRole('region', { name: 'Share this article' }).getByRole('link', { name: 'Share on X' });
  const shared = new URL((await share.getAttribute('href'))!).searchParams.get('url')!;
  expect(new URL(shared).origin).toBe(baseURL);
  expect(new URL(shared).pathname).toBe(new URL(page.url()).pathname);
});

test('share links in the HTML work before any script runs: absolute, on this site', async ({ request, baseURL }) => {
  const html = await (await request.get(`/news/${SEED_SLUG}`)).text();
  const article = encodeURIComponent(`${baseURL}/news/${SEED_SLUG}`);
  expect(html).toContain(`https://x.com/intent/post?url=${article}&amp;`);
  expect(html).toContain(`https://www.linkedin.com/sharing/share-offsite/?url=${article}"`);
  expect(html).not.toContain('url=%2Fnews%2F');
});

test('the build’s manifest is not served', async ({ request }) => {
  expect((await request.get('/.vite/manifest.json')).status()).toBe(404);
  expect(await (await request.get('/.vite/manifest.json')).text()).not.toContain('"src/main.tsx"');
});
