import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Preset = 'mobile' | 'desktop';

/** What one Lighthouse run of one page measured. Times in milliseconds. */
export type Audit = {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  firstLoadKiB: number;
  /** Main-thread time by Lighthouse's groups (script evaluation, style and layout, ...). */
  mainThread: Record<string, number>;
  /** Script evaluation and parse/compile by URL, the heaviest first. */
  scripts: { url: string; total: number; scripting: number }[];
};

type Items<T> = { items: T[] };

/**
 * One Lighthouse 12 performance run in a fresh headless Chromium, with the
 * mobile preset (simulated 4x CPU slowdown, slow 4G) or the desktop one.
 * `blockScripts` blocks every script, which measures the HTML and CSS alone.
 */
export async function auditPage(url: string, preset: Preset, { blockScripts = false } = {}): Promise<Audit> {
  // A run Lighthouse could not complete (a page that did not paint in time on
  // a busy machine) is run again rather than counted as zeros.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await auditOnce(url, preset, blockScripts);
    } catch (error) {
      if (attempt === 3) throw error;
      console.warn(`Lighthouse could not measure ${url} (${String(error)}); trying again.`);
    }
  }
}

async function auditOnce(url: string, preset: Preset, blockScripts: boolean): Promise<Audit> {
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
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        blockedUrlPatterns: blockScripts ? ['*.js'] : [],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('no result');
    const { audits, categories, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
    if (audits['largest-contentful-paint'].numericValue === undefined) throw new Error('no largest paint');
    const details = <T>(id: string) => (audits[id]?.details as unknown as Items<T> | undefined)?.items ?? [];
    const firstLoadBytes = details<{ resourceType: string; transferSize: number }>('network-requests')
      .filter((request) => request.resourceType === 'Script' || request.resourceType === 'Stylesheet')
      .reduce((sum, request) => sum + request.transferSize, 0);
    return {
      score: Math.round((categories.performance.score ?? 0) * 100),
      fcp: audits['first-contentful-paint'].numericValue ?? 0,
      lcp: audits['largest-contentful-paint'].numericValue ?? 0,
      tbt: audits['total-blocking-time'].numericValue ?? 0,
      cls: audits['cumulative-layout-shift'].numericValue ?? 0,
      firstLoadKiB: firstLoadBytes / 1024,
      mainThread: Object.fromEntries(
        details<{ groupLabel: string; duration: number }>('mainthread-work-breakdown').map((item) => [
          item.groupLabel,
          item.duration,
        ]),
      ),
      scripts: details<{ url: string; total: number; scripting: number }>('bootup-time').map(
        ({ url: script, total, scripting }) => ({ url: script, total, scripting }),
      ),
    };
  } finally {
    chrome.kill();
  }
}
