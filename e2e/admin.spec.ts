import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { parse } from 'yaml';
import { startDecapServer, waitForDecapServer } from '../scripts/decap-server.ts';
import { waitForHealth } from '../scripts/wait-for-health.ts';
import { SEED_SLUG, expect, test } from './fixtures.ts';
import { freePort } from './free-port.ts';

// The web editor as an editor uses it. The shared server of the browser tests
// has it off; this file starts a portal of its own with ADMIN_ENABLED=1 and
// decap-server, over a copy of content/ in a temporary folder.

const root = path.resolve(import.meta.dirname, '..');
const compiled = (name: string) => path.join(root, 'dist-server', name);
const TITLE = 'Delegates tour a connected container port';
const SLUG = 'delegates-tour-a-connected-container-port';

// Both tests use this file's portal: one worker starts it once.
test.describe.configure({ mode: 'default' });

let work: string;
let importContent: () => string;
let portalUrl: string;
const children: ChildProcess[] = [];
const articlesDir = () => path.join(work, 'content', 'articles');

test.beforeAll(async () => {
  test.setTimeout(60_000);
  work = mkdtempSync(path.join(tmpdir(), 'wiotc-admin-'));
  cpSync(path.join(root, 'content'), path.join(work, 'content'), { recursive: true });
  const [portalPort, decapPort] = [await freePort(), await freePort()];
  portalUrl = `http://127.0.0.1:${portalPort}`;
  const decapApi = `http://127.0.0.1:${decapPort}/api/v1`;
  const env = {
    ...process.env,
    CONTENT_DIR: path.join(work, 'content'),
    DATABASE_FILE: path.join(work, 'news.db'),
    HOST: '127.0.0.1',
    PORT: String(portalPort),
    SEARCH_WORKERS: '0',
    ADMIN_ENABLED: '1',
    ADMIN_BACKEND: `{name: proxy, proxy_url: '${decapApi}'}`,
  };
  importContent = () => {
    const imported = spawnSync(process.execPath, [compiled('build-cli.js')], { env, encoding: 'utf8' });
    if (imported.status !== 0) throw new Error(`the import failed:\n${imported.stdout}${imported.stderr}`);
    return imported.stdout + imported.stderr;
  };
  importContent();
  const decap = startDecapServer({ port: decapPort, repoDir: work, stdio: 'ignore' });
  const portal = spawn(process.execPath, [compiled('main.js')], { env, stdio: 'ignore' });
  children.push(decap, portal);
  await Promise.all([waitForDecapServer(decapApi, decap), waitForHealth(portalUrl, portal)]);
});

test.afterAll(() => {
  for (const child of children) child.kill();
  rmSync(work, { recursive: true, force: true });
});

/** The new article's file: its name, front matter and body. */
function writtenArticle() {
  const name = readdirSync(articlesDir()).find((file) => file.endsWith(`-${SLUG}.md`));
  if (!name) return undefined;
  const [, front, body] = readFileSync(path.join(articlesDir(), name), 'utf8').split(/^---$/m);
  return { name, front: parse(front) as Record<string, unknown>, body: body.trim() };
}

async function save(page: Page) {
  // In Decap "Publish" writes the file; the editor's setup calls it "Save".
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Save now' }).click();
  await expect(page.getByText('Changes saved')).toBeVisible();
}

const cspOf = async (request: APIRequestContext, url: string) =>
  (await request.get(url)).headers()['content-security-policy'];

test('the web editor is off unless enabled, and never changes what readers get', async ({ request, baseURL }) => {
  // The shared server runs with the default configuration.
  for (const url of ['/admin', '/admin/', '/admin/config.yml', '/admin/decap-cms.js']) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  const readersPolicy = await cspOf(request, '/');
  // The portal's own scripts, and the one inline script (the boot script) by its hash.
  expect(readersPolicy).toMatch(/script-src 'self' 'sha256-[\w+/]+=*';/);
  expect(await cspOf(request, '/admin/')).toBe(readersPolicy);

  // With the editor on, readers' pages keep exactly the same policy; only /admin has its own.
  for (const page of ['/', `/news/${SEED_SLUG}`, '/search?q=port']) {
    expect(await cspOf(request, `${portalUrl}${page}`), page).toBe(await cspOf(request, `${baseURL}${page}`));
  }
  expect(await cspOf(request, `${portalUrl}/admin/`)).toContain("'unsafe-eval'");

  // Nothing of the editor is in the readers' app.
  const built = readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' });
  const mentionsDecap = built.filter(
    (file) => /\.(?:js|css|html)$/.test(file) && /decap/i.test(readFileSync(path.join(root, 'dist', file), 'utf8')),
  );
  expect(mentionsDecap).toEqual([]);
});

test.describe('an editor without a terminal', () => {
  // Editors work in Beijing: times are written with +08:00.
  test.use({ timezoneId: 'Asia/Shanghai' });

  test('creates a draft, sees it written and previewed, then publishes it', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`${portalUrl}/admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('link', { name: /article in English/ }).click();

    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Forum').click();
    await page.getByRole('option', { name: 'Smart Logistics Session' }).click();
    await page.getByLabel('Topics').click();
    await page.getByRole('option', { name: 'Digital Economy' }).click();
    await page.getByLabel('Summary').fill('Sensors guide cranes and trucks on one live map of the quay.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Cranes and trucks share one live map of the quay.');
    // A new article starts as a draft.
    await expect(page.getByRole('switch', { name: /^Draft/ })).toHaveAttribute('aria-checked', 'true');
    await save(page);

    await expect.poll(writtenArticle).toBeTruthy();
    const draft = writtenArticle()!;
    const published = String(draft.front.published);
    expect(draft.name).toBe(`${published.slice(0, 10)}-${SLUG}.md`);
    expect(published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(draft.front).toEqual({
      title: TITLE,
      lang: 'en',
      published,
      draft: true,
      forum: 'logistics-session',
      topics: ['digital-economy'],
      summary: 'Sensors guide cranes and trucks on one live map of the quay.',
      author: 'WIOTC News Center',
    });
    expect(draft.body).toBe('Cranes and trucks share one live map of the quay.');
    // The import takes the file as a draft, kept from readers.
    expect(importContent()).toContain(`articles/${draft.name} › draft:`);

    // The preview, in the readers' styles.
    await page.getByRole('button', { name: 'Toggle preview' }).click();
    await expect(page.locator('#preview-pane')).toHaveCount(0);
    await page.getByRole('button', { name: 'Toggle preview' }).click();
    const preview = page.frameLocator('#preview-pane');
    await expect(preview.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(preview.getByRole('status')).toHaveText(/^Draft: not shown to readers/);
    await expect(preview.getByText('Cranes and trucks share one live map of the quay.')).toBeVisible();
    const titleFont = await preview
      .getByRole('heading', { level: 1 })
      .evaluate((h1) => getComputedStyle(h1).fontFamily);
    expect(titleFont).toMatch(/Georgia/); // the reader's serif headline, not Decap's sans

    // Publishing: the Draft switch off, saved to the same file.
    await page.getByRole('switch', { name: /^Draft/ }).click();
    await save(page);
    await expect.poll(() => writtenArticle()?.front.draft).toBe(false);
    const live = writtenArticle()!;
    expect(live.name).toBe(draft.name);
    expect(live.front).toEqual({ ...draft.front, draft: false });
    await expect(preview.getByRole('status')).toHaveCount(0);

    // Published: readers see it once imported.
    importContent();
    await expect.poll(async () => (await page.request.get(`${portalUrl}/api/articles/${SLUG}`)).status()).toBe(200);
  });
});
