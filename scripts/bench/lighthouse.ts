import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CARD_TO_HEADLINE } from '../../src/shared/performance-marks.ts';
import { machineLine } from './machine.ts';
import { publishReport } from './report-section.ts';
import { startServer } from './server-process.ts';

// `npm run bench:lighthouse`: Lighthouse 12 in Debian's Chromium against the
// portal with its sample content, mobile and desktop presets, median of 5 runs
// per page, plus the click-to-headline time of client-side navigation.

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = path.resolve(import.meta.dirname, '..', '..');
const SEED = '/news/world-internet-of-things-convention-2023-kicked-off-in-beijing';
// The same pages in Chinese must meet the same budgets.
const PAGES = ['/', SEED, '/search?q=internet', '/zh/', `/zh${SEED}`, `/zh/search?q=${encodeURIComponent('物联网')}`];

const imported = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/content/build-cli.ts')], {
  stdio: 'inherit',
});
if (imported.status !== 0) process.exit(1);
const server = await startServer({});

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

type Run = { score: number; lcp: number; tbt: number; cls: number; firstLoadKiB: number };

async function audit(url: string, preset: 'mobile' | 'desktop'): Promise<Run> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result!.lhr;
    const requests = (
      lhr.audits['network-requests'].details as unknown as { items: { resourceType: string; transferSize: number }[] }
    ).items;
    const firstLoad = requests
      .filter((request) => request.resourceType === 'Script' || request.resourceType === 'Stylesheet')
      .reduce((sum, request) => sum + request.transferSize, 0);
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      lcp: lhr.audits['largest-contentful-paint'].numericValue ?? 0,
      tbt: lhr.audits['total-blocking-time'].numericValue ?? 0,
      cls: lhr.audits['cumulative-layout-shift'].numericValue ?? 0,
      firstLoadKiB: firstLoad / 1024,
    };
  } finally {
    chrome.kill();
  }
}

const rows: string[] = [];
for (const preset of ['mobile', 'desktop'] as const) {
  for (const page of PAGES) {
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await audit(`${server.base}${page}`, preset));
    const row = `| ${preset} | \`${page}\` | ${median(runs.map((r) => r.score))} | ${(median(runs.map((r) => r.lcp)) / 1000).toFixed(2)} s | ${median(runs.map((r) => r.tbt)).toFixed(0)} ms | ${median(runs.map((r) => r.cls)).toFixed(3)} | ${median(runs.map((r) => r.firstLoadKiB)).toFixed(1)} KiB |`;
    rows.push(row);
    console.log(row);
  }
}

// Client-side navigation: click a card on the home page, time until its headline is painted.
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
const navigations: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  await page.goto(`${server.base}/`);
  const card = page
    .getByRole('article')
    .nth(1 + run)
    .getByRole('heading')
    .getByRole('link');
  await card.hover(); // as a reader's pointer would, which also starts loading the article
  await page.waitForTimeout(300);
  await card.click();
  await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Latest news' }).waitFor();
  const duration = await page.evaluate(async (name) => {
    for (let wait = 0; wait < 50 && performance.getEntriesByName(name).length === 0; wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return performance.getEntriesByName(name)[0]?.duration ?? Number.NaN;
  }, CARD_TO_HEADLINE);
  navigations.push(duration);
}
await browser.close();
await server.stop();

publishReport('lighthouse', [
  '## Pages in the browser (`npm run bench:lighthouse`)',
  '',
  `Measured on ${machineLine()}, Lighthouse 12.8 in ${CHROMIUM}, against the portal with its sample content; median of ${RUNS} runs. First-load JS+CSS is what every script and stylesheet the page loaded weighed on the wire (Brotli, which Chromium accepts; \`npm run build\` prints the gzip sizes).`,
  '',
  '| Preset | Page | Performance | LCP | TBT | CLS | First-load JS+CSS |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  `Client-side navigation from a click on a home-page card to its headline painted (performance marks): median **${median(navigations).toFixed(0)} ms** over ${RUNS} clicks (${navigations.map((n) => n.toFixed(0)).join(', ')} ms).`,
]);
