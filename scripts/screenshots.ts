import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { freePort } from '../e2e/free-port.ts';
import { waitForHealth } from './wait-for-health.ts';

// `npm run screenshots`: starts the portal with its sample content (as the
// browser tests do) and saves home, an article and search at phone and desktop widths.

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'docs', 'screenshots');
const SEED = '/news/world-internet-of-things-convention-2023-kicked-off-in-beijing';
const PAGES = [
  { name: 'home', url: '/' },
  { name: 'article', url: SEED },
  { name: 'search', url: '/search?q=smart%20grid' },
];
const WIDTHS = [375, 1280];

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'e2e', 'start-server.ts'), '--sample-only'],
  {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  },
);
try {
  await waitForHealth(base, server);
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 800 : 900 } });
    for (const { name, url } of PAGES) {
      await page.goto(`${base}${url}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page
        .locator('[aria-busy="true"], .skeleton')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => {});
      await page.waitForLoadState('networkidle');
      const file = path.join(outDir, `${name}-${width}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(root, file)}`);
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill('SIGTERM');
}
