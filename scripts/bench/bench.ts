import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { ArticleListQuery } from '../../src/shared/contract.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { machineLine } from './machine.ts';
import { measureQueryCosts } from './query-costs.ts';
import { publishReport } from './report-section.ts';
import { startServer } from './server-process.ts';

// `npm run bench`: the real server over 100,000 imported synthetic articles,
// driven on 127.0.0.1 by autocannon, each case beside the same server's
// constant-body ceiling. Writes the results into docs/benchmarks.md.

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const COUNT = Number(values.count);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);

const root = path.resolve(import.meta.dirname, '..', '..');
// Half the articles are in Chinese, so each language has COUNT / 2.
const dataDir = path.join(root, 'data', `bench-${COUNT}-bilingual`);
const contentDir = path.join(dataDir, 'content');
const databaseFile = path.join(dataDir, 'news.db');
const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });

if (!existsSync(path.join(contentDir, 'forums.yaml'))) {
  mkdirSync(dataDir, { recursive: true });
  if (
    tsx('scripts/generate-content.ts', ['--count', String(COUNT), '--out', contentDir, '--zh-share', '0.5']).status !==
    0
  )
    process.exit(1);
}

console.log(`Importing ${COUNT} articles…`);
const importStarted = performance.now();
const imported = tsx('server/content/build-cli.ts', ['--skip-cards'], {
  CONTENT_DIR: contentDir,
  DATABASE_FILE: databaseFile,
});
if (imported.status !== 0) process.exit(1);
const importSeconds = (performance.now() - importStarted) / 1000;

/** A generated article of one language, from the middle of the archive. */
function middleArticle(file: string, lang: Lang): string {
  const db = new Database(file, { readonly: true });
  const { n } = db.prepare('SELECT count(*) AS n FROM articles WHERE lang = ?').get(lang) as { n: number };
  const row = db
    .prepare('SELECT slug FROM articles WHERE lang = ? ORDER BY id LIMIT 1 OFFSET ?')
    .get(lang, Math.floor(n / 2)) as { slug: string };
  db.close();
  return row.slug;
}

const server = await startServer({ DATABASE_FILE: databaseFile, BENCH_CEILING: '1' });
let peakRss = server.rssMiB();

type Case = { name: string; path: string; revalidate?: boolean };
const english = middleArticle(databaseFile, 'en');
const chinese = middleArticle(databaseFile, 'zh');
const CASES: Case[] = [
  { name: 'latest list', path: '/api/articles' },
  { name: 'list page 500', path: '/api/articles?page=500' },
  { name: 'forum + topic', path: '/api/articles?forum=energy-session&topic=energy-transition' },
  { name: 'article', path: `/api/articles/${english}` },
  { name: 'search, common word', path: '/api/articles?q=internet' },
  { name: 'search, rare word', path: '/api/articles?q=quasar' },
  { name: 'Chinese list', path: '/api/articles?lang=zh' },
  { name: 'Chinese article', path: `/api/articles/${chinese}?lang=zh` },
  { name: 'Chinese search, common word', path: `/api/articles?lang=zh&q=${encodeURIComponent('物联网')}` },
  { name: 'Chinese search, rare word', path: `/api/articles?lang=zh&q=${encodeURIComponent('量子通信')}` },
  { name: '304 revalidation', path: '/api/articles', revalidate: true },
];

async function load(url: string, headers: Record<string, string> = {}) {
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, server.rssMiB())), 250);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  clearInterval(sampler);
  const failures =
    result.errors + result.timeouts + result.non2xx - (headers['If-None-Match'] ? (result['3xx'] ?? 0) : 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures };
}

const list = (lang: Lang, more: Partial<ArticleListQuery> = {}) => ({ lang, page: 1, pageSize: 12, ...more });
const costs = measureQueryCosts(databaseFile, [
  { name: 'latest list', run: (r) => r.listArticles(list('en')) },
  { name: 'list page 500', run: (r) => r.listArticles(list('en', { page: 500 })) },
  {
    name: 'forum + topic',
    run: (r) => r.listArticles(list('en', { forum: 'energy-session', topic: 'energy-transition' })),
  },
  { name: 'article', run: (r) => r.getArticle('en', english) },
  { name: 'search, common word', run: (r) => r.listArticles(list('en', { q: 'internet' })) },
  { name: 'search, rare word', run: (r) => r.listArticles(list('en', { q: 'quasar' })) },
  { name: 'search facets, common word', run: (r) => r.listTopics({ lang: 'en', q: 'internet' }) },
  { name: 'Chinese article', run: (r) => r.getArticle('zh', chinese) },
  { name: 'Chinese search, common word', run: (r) => r.listArticles(list('zh', { q: '物联网' })) },
  { name: 'Chinese search, rare word', run: (r) => r.listArticles(list('zh', { q: '量子通信' })) },
  { name: 'Chinese search facets, common word', run: (r) => r.listTopics({ lang: 'zh', q: '物联网' }) },
]);

const rows: string[] = [];
for (const benchCase of CASES) {
  const url = `${server.base}${benchCase.path}`;
  const probe = await fetch(url);
  const body = await probe.text();
  if (probe.status !== 200) throw new Error(`${benchCase.path} answered ${probe.status}`);
  const headers: Record<string, string> = benchCase.revalidate ? { 'If-None-Match': probe.headers.get('etag')! } : {};
  const bytes = benchCase.revalidate ? 0 : Buffer.byteLength(body);
  console.log(`${benchCase.name}: ${benchCase.path} (${bytes} bytes)…`);
  const measured = await load(url, headers);
  const ceiling = await load(`${server.base}/__bench/ceiling?bytes=${Math.max(bytes, 2)}`);
  rows.push(
    `| ${benchCase.name} | \`${benchCase.path}\` | ${bytes} | ${measured.rps.toFixed(0)} | ${measured.p50} | ${measured.p99} | ${measured.failures} | ${ceiling.rps.toFixed(0)} | ${((measured.rps / ceiling.rps) * 100).toFixed(0)}% |`,
  );
  console.log(rows.at(-1));
}
await server.stop();

publishReport('api', [
  '## API under load (`npm run bench`)',
  '',
  `Measured on ${machineLine()}.`,
  `${COUNT.toLocaleString('en')} synthetic articles (\`npm run content:generate -- --count ${COUNT}\`), imported in **${importSeconds.toFixed(1)} s** (with \`--skip-cards\`).`,
  `Each case: ${SECONDS} s, ${CONNECTIONS} connections, autocannon on 127.0.0.1, no compression. The ceiling is the same server answering a constant, pre-serialized JSON body of the same size.`,
  `Peak server RSS during the run: **${peakRss.toFixed(0)} MiB**.`,
  '',
  '| Case | Request | Bytes | req/s | p50 ms | p99 ms | Errors | Ceiling req/s | Of ceiling |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  'The server keeps recent API answers ready to send (`API_CACHE_MB`, 32 MiB), so repeated requests like these are served from memory after the first. What a request costs when its answer is not cached yet, the queries alone (median and slowest of 25):',
  '',
  '| Query | Median ms | Slowest ms |',
  '| --- | --- | --- |',
  ...costs.map((cost) => `| ${cost.name} | ${cost.medianMs.toFixed(2)} | ${cost.maxMs.toFixed(2)} |`),
]);
