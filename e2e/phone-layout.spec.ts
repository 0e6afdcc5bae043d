import type { CDPSession, Page } from '@playwright/test';
import { SEED_SLUG, expect, test } from './fixtures.ts';
import { expectNoAxeViolations } from './axe.ts';

// Issue 12: readers on phones. Every page type in both languages.
const PAGES = [
  { name: 'home', url: '/', first: 'main article' },
  { name: 'a forum', url: '/forums/energy-session', first: 'main article' },
  { name: 'a topic', url: '/topics/digital-economy', first: 'main article' },
  { name: 'search with results', url: '/search?q=smart%20grid', first: 'main article' },
  { name: 'an article', url: `/news/${SEED_SLUG}`, first: '.article__body p' },
  { name: 'Chinese home', url: '/zh/', first: 'main article' },
  { name: 'a Chinese forum', url: '/zh/forums/energy-session', first: 'main article' },
  { name: 'a Chinese topic', url: '/zh/topics/digital-economy', first: 'main article' },
  { name: 'Chinese search with results', url: '/zh/search?q=%E5%8C%97%E4%BA%AC', first: 'main article' },
  { name: 'a Chinese article', url: `/zh/news/${SEED_SLUG}`, first: '.article__body p' },
];
const PHONE = { width: 390, height: 844 };

/** Waits until the page has its content, loaded and laid out. */
async function settle(page: Page, first: string) {
  await expect(page.locator(first).first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"], .skeleton')).toHaveCount(0);
}

test.describe('the news starts on the first screen of a phone', () => {
  test.use({ viewport: PHONE });

  for (const { name, url, first } of PAGES) {
    test(`${name}: the first story, result or paragraph starts within 844 px`, async ({ page }) => {
      await page.goto(url);
      await settle(page, first);
      const box = (await page.locator(first).first().boundingBox())!;
      // Its first lines, not only its top edge, are on screen.
      expect(box.y + 48, `${first} starts at ${box.y}px`).toBeLessThanOrEqual(PHONE.height);
    });
  }

  test('an article whose cover is below the first screen starts its code at once, not after the fallback', async ({
    page,
  }) => {
    // Time stands still but for what the test lets pass: the boot script's
    // 3-second fallback never fires, so only the page's own paint can start the app.
    await page.clock.install({ time: new Date('2026-11-26T08:00:00Z') });
    await page.clock.pauseAt(new Date('2026-11-26T08:00:01Z'));
    const appRequested = page.waitForRequest(/\/assets\/app-[^/]*\.js$/, { timeout: 10_000 });
    await page.goto(`/news/${SEED_SLUG}`);
    const cover = (await page.locator('img[elementtiming]').boundingBox())!;
    expect(cover.y, 'the cover is below the first screen').toBeGreaterThan(PHONE.height);
    // Two seconds of page time: a second short of the fallback.
    for (let step = 0; step < 20; step += 1) await page.clock.runFor(100);
    await appRequested;
  });

  for (const url of ['/', '/zh/']) {
    test(`${url}: the topics take one row between the lead story and the rest of the news`, async ({ page }) => {
      await page.goto(url);
      await settle(page, 'main article');
      const lead = (await page.locator('main .lead').boundingBox())!;
      const second = (await page.locator('main article').nth(1).boundingBox())!;
      expect(second.y - (lead.y + lead.height)).toBeLessThanOrEqual(100);
    });
  }

  test('search filters are one tap away and say what is selected', async ({ page }) => {
    await page.goto('/search?q=smart%20grid');
    await settle(page, 'main article');
    const forums = page.getByRole('navigation', { name: 'Narrow by forum' });
    const energy = forums.getByRole('link', { name: /^Energy Session/ });
    await expect(energy).toBeHidden();
    await page.locator('summary', { hasText: 'Narrow by forum' }).click();
    await energy.click();
    await expect(page).toHaveURL(/forum=energy-session/);
    await settle(page, 'main article');
    await expect(page.locator('summary', { hasText: 'Narrow by forum' })).toContainText('Energy Session');
    const first = (await page.locator('main article').first().boundingBox())!;
    expect(first.y + 48).toBeLessThanOrEqual(PHONE.height);
  });

  test('without JavaScript the filters still open and the first story is on screen', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('/forums/energy-session');
    const first = (await page.locator('main article').first().boundingBox())!;
    expect(first.y + 48).toBeLessThanOrEqual(PHONE.height);
    await page.locator('summary', { hasText: 'Narrow by topic' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Narrow by topic' }).getByRole('link', { name: 'All topics' }),
    ).toBeVisible();
    await context.close();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the folded filters and forum menu, open, have no accessibility violations (${scheme})`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/search?q=smart%20grid&forum=energy-session');
    await settle(page, 'main article');
    for (const summary of await page.locator('summary').all()) await summary.click();
    await expect(page.getByRole('link', { name: /^Energy Session/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test.describe('every forum is reachable from the menu', () => {
  const forumLinks = (page: Page, label: string) => page.getByRole('navigation', { name: label }).getByRole('link');

  /** The link is shown whole, inside the screen: not cut, not scrolled away. */
  async function expectShownWhole(page: Page, link: ReturnType<Page['locator']>) {
    await expect(link).toBeVisible();
    const box = (await link.boundingBox())!;
    const width = page.viewportSize()!.width;
    const name = await link.textContent();
    expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(width + 0.5);
    expect(await link.evaluate((element) => element.scrollWidth <= element.clientWidth + 1), `${name} is not cut`).toBe(
      true,
    );
  }

  for (const { width, height } of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
    { width: 320, height: 640 },
  ]) {
    for (const { prefix, label } of [
      { prefix: '', label: 'Forums' },
      { prefix: '/zh', label: '论坛' },
    ]) {
      test(`at ${width} px${prefix ? ' in Chinese' : ''}: the current forum is shown and marked, and every forum can be reached`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height });
        await page.goto(`${prefix}/forums/logistics-session`);
        await settle(page, 'main article');
        const name = prefix ? '智慧物流分论坛' : 'Smart Logistics Session';
        // Folded on a narrow screen: one visible control names the forum and opens the whole list.
        const menu = page.getByRole('navigation', { name: label }).locator('summary');
        if (await menu.isVisible()) {
          await expectShownWhole(page, menu);
          await expect(menu).toContainText(name);
          await menu.click();
        }
        const forums = (await (await page.request.get(`/api/forums?lang=${prefix ? 'zh' : 'en'}`)).json()) as {
          items: unknown[];
        };
        expect(forums.items.length).toBeGreaterThanOrEqual(14);
        const links = forumLinks(page, label);
        await expect(links).toHaveCount(forums.items.length + 1); // and the latest news
        const current = page.getByRole('navigation', { name: label }).locator('[aria-current="page"]');
        await expect(current).toHaveCount(1);
        await expect(current).toHaveText(name);
        await expectShownWhole(page, current);
        for (const link of await links.all()) await expectShownWhole(page, link);
        await links
          .filter({ hasText: prefix ? '国际合作与交流论坛' : 'International Cooperation and Exchanges Forum' })
          .click();
        await expect(page).toHaveURL(/\/forums\/international-cooperation-forum$/);
      });
    }
  }

  test('the menu can be used with the keyboard on a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await settle(page, 'main article');
    const menu = page.getByRole('navigation', { name: 'Forums' }).locator('summary');
    await menu.focus();
    await page.keyboard.press('Enter');
    const last = page
      .getByRole('navigation', { name: 'Forums' })
      .getByRole('link', { name: 'Culture, Education and Tourism Session' });
    await expect(last).toBeVisible();
    // Escape folds it again, back on the control. The menu opens without
    // script, but Escape needs the app: on a slow machine the first press may
    // come before it has taken over the page.
    await expect(async () => {
      await page.keyboard.press('Escape');
      await expect(last).toBeHidden({ timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await last.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Culture, Education and Tourism Session' })).toBeVisible();
  });
});

test.describe('reflow: nothing scrolls sideways at 320 px or with 200% text', () => {
  const noSidewaysScroll = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  /** Every control of the header is whole and inside the screen. */
  async function expectHeaderFits(page: Page) {
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    for (const control of await page.locator('header.site-header :is(a, button, input, summary):visible').all()) {
      const box = await control.boundingBox();
      if (!box) continue;
      const name = (await control.textContent()) || (await control.getAttribute('id'));
      expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(width + 0.5);
    }
  }

  for (const { name, url, first } of PAGES) {
    test(`${name} at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(url);
      await settle(page, first);
      expect(await noSidewaysScroll(page)).toBe(true);
      await expectHeaderFits(page);
    });

    test(`${name} with 200% text on a phone`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(url);
      // The browser's own text size setting (Chrome's default 16 px, doubled): it sizes
      // everything in rem and em, media queries included, as a reader's setting does.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
      await page.reload();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      await settle(page, first);
      expect(await noSidewaysScroll(page)).toBe(true);
      await expectHeaderFits(page);
    });
  }
});

test.describe('the search box keeps every character', () => {
  test.use({ viewport: PHONE });

  test('typing at 320 ms a key: the box and the URL end with exactly what was typed', async ({ page }) => {
    test.setTimeout(40_000);
    await page.goto('/search');
    await page.waitForLoadState('networkidle');
    const box = page.getByRole('searchbox', { name: 'Search the news' });
    await box.click();
    await box.pressSequentially('agriculture sensors', { delay: 320 });
    await expect(box).toHaveValue('agriculture sensors');
    await expect(page).toHaveURL(/\/search\?q=agriculture\+sensors$/);
    await expect(box).toHaveValue('agriculture sensors');
  });

  async function compose(cdp: CDPSession, text: string) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }

  test('pinyin: the URL does not move while a word is being composed, and nothing is lost', async ({ page }) => {
    await page.goto('/zh/search');
    await page.waitForLoadState('networkidle');
    const box = page.getByRole('searchbox', { name: '搜索全部新闻' });
    await box.click();
    await box.pressSequentially('5G ', { delay: 50 });
    await expect(box).toHaveValue('5G ');
    await expect(page).toHaveURL(/\/zh\/search\?q=5G$/);
    const cdp = await page.context().newCDPSession(page);
    // Pauses longer than the search's own, as a reader picking a character does.
    for (const step of ['n', 'no', 'non', 'nong', 'nong y', 'nong ye']) {
      await compose(cdp, step);
      await page.waitForTimeout(450);
      expect(new URL(page.url()).searchParams.get('q')).toBe('5G');
    }
    await expect(box).toHaveValue('5G nong ye'); // the draft is in the box, only the URL waited
    await cdp.send('Input.insertText', { text: '农业' });
    await expect(box).toHaveValue('5G 农业');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('5G 农业');
    await expect(box).toHaveValue('5G 农业');
  });
});
