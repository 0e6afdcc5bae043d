import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createApp } from '../app.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// Without PUBLIC_URL, absolute URLs are made from the host each request
// names. Caches must then keep one copy per host, ALLOWED_HOSTS keeps
// unknown hosts out of what is sent, and a production server says so at startup.

const site = useFixtureSite();
const configured = useFixtureSite({ publicUrl: 'https://news.wiotc.example' });

/** The absolute URLs an answer makes, one place for each kind. */
async function urlsIn(app: { request: (url: string) => Response | Promise<Response> }, host: string) {
  const get = (path: string) => app.request(`http://${host}${path}`);
  const page = await get('/news/hospitals-plan-connected-wards');
  const { document } = new JSDOM(await page.text()).window;
  const robots = await get('/robots.txt');
  const feed = await get('/feed.xml');
  const sitemap = await get('/sitemap.xml');
  return {
    answers: [page, robots, feed, sitemap],
    urls: [
      document.querySelector('link[rel="canonical"]')!.getAttribute('href')!,
      /Sitemap: (\S+)/.exec(await robots.text())![1],
      /<link>([^<]+)<\/link>/.exec(await feed.text())![1],
      /<loc>([^<]+)<\/loc>/.exec(await sitemap.text())![1],
    ],
  };
}

const originsOf = (urls: string[]) => [...new Set(urls.map((url) => new URL(url).origin))];

describe('absolute URLs without PUBLIC_URL', () => {
  it('follow the Host header, and the answers say Vary: Host', async () => {
    const { answers, urls } = await urlsIn(site.app, 'news.example.org:8080');
    expect(originsOf(urls)).toEqual(['http://news.example.org:8080']);
    for (const answer of answers) expect(answer.headers.get('vary'), answer.url).toMatch(/\bHost\b/);
    // Once, however often the answer asked for its origin.
    for (const answer of answers) expect(answer.headers.get('vary')?.match(/\bHost\b/g)).toHaveLength(1);
  });

  it('name only the allowed hosts when ALLOWED_HOSTS is set, the first for any other', async () => {
    const app = createApp({
      repository: () => site.repository,
      distDir: site.distDir,
      allowedHosts: ['news.example.org', 'localhost:3000'],
    });
    expect(originsOf((await urlsIn(app, 'evil.example')).urls)).toEqual(['http://news.example.org']);
    expect(originsOf((await urlsIn(app, 'localhost:3000')).urls)).toEqual(['http://localhost:3000']);
    // A host listed without a port is allowed on any port.
    expect(originsOf((await urlsIn(app, 'news.example.org:8080')).urls)).toEqual(['http://news.example.org:8080']);
  });
});

describe('absolute URLs with PUBLIC_URL', () => {
  it('ignore the Host header, and the answers do not vary by it', async () => {
    const { answers, urls } = await urlsIn(configured.app, 'evil.example');
    expect(originsOf(urls)).toEqual(['https://news.wiotc.example']);
    for (const answer of answers) expect(answer.headers.get('vary') ?? '', answer.url).not.toMatch(/\bHost\b/);
  });
});

/** Starts the server from source and collects its log until it says it is running. */
async function startupLog(env: Record<string, string>): Promise<{ level: number; msg: string }[]> {
  const server: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, '..', 'main.ts')],
    {
      env: {
        ...process.env,
        PORT: '0',
        LOG_LEVEL: 'info',
        DATABASE_FILE: site.databaseFile,
        DIST_DIR: site.distDir,
        SEARCH_WORKERS: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  onTestFinished(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
  });
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  await expect.poll(() => output, { timeout: 20_000 }).toContain('is running at');
  return output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { level: number; msg: string });
}

const WARN = 40;

describe('a production server', () => {
  it('warns at startup when PUBLIC_URL and ALLOWED_HOSTS are both unset', { timeout: 30_000 }, async () => {
    const warnings = (await startupLog({ NODE_ENV: 'production', PUBLIC_URL: '', ALLOWED_HOSTS: '' })).filter(
      (line) => line.level === WARN,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0].msg).toMatch(/^PUBLIC_URL is not set: .*Host header.*Set PUBLIC_URL=/);
  });

  it('starts without a warning when PUBLIC_URL is set', { timeout: 30_000 }, async () => {
    const log = await startupLog({ NODE_ENV: 'production', PUBLIC_URL: 'https://news.example.org' });
    expect(log.filter((line) => line.level === WARN)).toEqual([]);
  });
});
