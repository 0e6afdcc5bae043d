import { type Browser } from '@playwright/test';
import { CARD_TO_HEADLINE } from '../../src/shared/performance-marks.ts';

/**
 * Client-side navigation as a reader makes it: point at a home-page card,
 * click it, and time until its headline is painted (the app's own
 * performance marks, from the click to the frame after the headline renders).
 */
export async function clickToHeadline(browser: Browser, base: string, runs: number): Promise<number[]> {
  const page = await browser.newPage();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.goto(`${base}/`);
    const card = page
      .getByRole('article')
      .nth(1 + run)
      .getByRole('heading')
      .getByRole('link');
    await card.hover(); // as a reader's pointer would, which also starts loading the article
    await page.waitForTimeout(300);
    await card.click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Latest news' }).waitFor();
    times.push(
      await page.evaluate(async (name) => {
        for (let wait = 0; wait < 50 && performance.getEntriesByName(name).length === 0; wait += 1) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return performance.getEntriesByName(name)[0]?.duration ?? Number.NaN;
      }, CARD_TO_HEADLINE),
    );
  }
  await page.close();
  return times;
}

/**
 * Page code (a string: it runs in the browser, not here) that notes each key's
 * event time and resolves `resultsShownAt` with the frame after the page's
 * status line first gives a count for the whole typed query.
 */
const watchForResults = (query: string) => `
  document.addEventListener('keydown', (event) => (window.lastKeyAt = event.timeStamp), { capture: true });
  window.resultsShownAt = new Promise((resolve) => {
    const typed = ${JSON.stringify(`“${query}”`)};
    const status = () => document.querySelector('.search-page__status [role="status"]')?.textContent ?? '';
    const observer = new MutationObserver(() => {
      if (!status().includes(typed)) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // Not the promise, which evaluate() would wait for.
  undefined;
`;

// Words with several results each in the shipped articles.
const TYPED_QUERIES = ['smart grid', 'hospital', 'logistics', 'satellite', 'agriculture', 'sensor'];

/**
 * Typing on the search page, key by key at a reader's pace (`keyDelayMs`
 * between keys): the time from the last key's event to the frame after the
 * result count for the whole query appears. Measured from outside the app,
 * with the key event's own timestamp and a watch on the page's status line.
 */
export async function keystrokeToResults(
  browser: Browser,
  base: string,
  runs: number,
  keyDelayMs: number,
): Promise<number[]> {
  // The watch is evaluated from a string, which the portal's policy (no eval) refuses.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const query = TYPED_QUERIES[run % TYPED_QUERIES.length];
    await page.goto(`${base}/search`);
    const box = page.getByRole('searchbox', { name: 'Search the news' });
    await box.waitFor();
    // The app starts after the page is painted: time the box only once React has taken it over.
    await page.waitForFunction(
      "Object.keys(document.querySelector('#search-page-q') ?? {}).some((key) => key.startsWith('__reactFiber'))",
    );
    await page.evaluate(watchForResults(query));
    await box.pressSequentially(query, { delay: keyDelayMs });
    times.push(await page.evaluate('window.resultsShownAt.then((shownAt) => shownAt - window.lastKeyAt)'));
  }
  await context.close();
  return times;
}
