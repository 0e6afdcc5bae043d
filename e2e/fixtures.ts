import { type Page, test as base, expect } from '@playwright/test';

export const SEED_SLUG = 'world-internet-of-things-convention-2023-kicked-off-in-beijing';
export const SEED_TITLE = 'The World Internet of Things Convention 2023 Kicked off in Beijing';

/**
 * Every test fails on an uncaught script error or a console error, CSP
 * violations included. Failed loads are not errors of the page: not-found
 * pages and the fault tests cause them on purpose, and the page reports them.
 */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (/^Failed to load resource: /.test(message.text())) return;
        problems.push(`console.error: ${message.text()}`);
      });
      await use(problems);
      expect(problems, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Scrolls to an article's share bar, as a reader does: its buttons come with its code, which loads when it is near. */
export async function scrollToShareBar(page: Page) {
  await page.getByRole('region', { name: 'Share this article' }).scrollIntoViewIfNeeded();
}

/**
 * Waits until the app has taken over the server's page: React marks the
 * element it hydrated. The page's own elements are in the server's HTML from
 * the start, so finding them says nothing about the app.
 */
export async function waitForAppTakeover(page: Page) {
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__react')),
  );
}
