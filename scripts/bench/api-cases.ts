import autocannon from 'autocannon';
import type { ArticleListQuery } from '../../src/shared/contract.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { machineLine } from './machine.ts';
import { middleArticle } from './middle-article.ts';
import { measureQueryCosts } from './query-costs.ts';
import { publishReport } from './report-section.ts';
import { startServer } from './server-process.ts';

type Case = { name: string; path: string; revalidate?: boolean };
export type ApiCaseOptions = {
  databaseFile: string;
  count: number;
  seconds: number;
  connections: number;
  /** Undefined when the import was skipped. */
  importSeconds: number | undefined;
};

/**
 * The API table of docs/benchmarks.md: each case driven by autocannon beside
 * the same server's constant-body ceiling, then what each query costs
 * without the answer cache.
 */
export async function runApiCases({ databaseFile, count, seconds, connections, importSeconds }: ApiCaseOptions) {
  const server = await startServer({ DATABASE_FILE: databaseFile, BENCH_CEILING: '1' });
  let peakRss = server.rssMiB();

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
    const result = await autocannon({ url, connections, duration: seconds, headers });
    clearInterval(sampler);
    const failures =
      result.errors + result.timeouts + result.non2xx - (headers['If-None-Match'] ? (result['3xx'] ?? 0) : 0);
    return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures };
  }

  const list = (lang: Lang, more: Partial<ArticleListQuery> = {}) => ({ lang, page: 1, pageSize: 12, ...more });
  // Searches are left out: a repeated search is answered from the searches the engine
  // remembers. What an uncached search costs is in the search section.
  const costs = measureQueryCosts(databaseFile, [
    { name: 'latest list', run: (r) => r.listArticles(list('en')) },
    { name: 'list page 500', run: (r) => r.listArticles(list('en', { page: 500 })) },
    {
      name: 'forum + topic',
      run: (r) => r.listArticles(list('en', { forum: 'energy-session', topic: 'energy-transition' })),
    },
    { name: 'article', run: (r) => r.getArticle('en', english) },
    { name: 'Chinese article', run: (r) => r.getArticle('zh', chinese) },
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

  const imported =
    importSeconds === undefined
      ? 'reused from an earlier import (`--skip-import`)'
      : `imported in **${importSeconds.toFixed(1)} s** (with \`--skip-cards\`)`;
  publishReport('api', [
    '## API under load (`npm run bench`)',
    '',
    `Measured on ${machineLine()}.`,
    `${count.toLocaleString('en')} synthetic articles (\`npm run content:generate -- --count ${count}\`), ${imported}.`,
    `Each case: ${seconds} s, ${connections} connections, autocannon on 127.0.0.1, no compression. The ceiling is the same server answering a constant, pre-serialized JSON body of the same size.`,
    `Peak server RSS during the run: **${peakRss.toFixed(0)} MiB**.`,
    '',
    '| Case | Request | Bytes | req/s | p50 ms | p99 ms | Errors | Ceiling req/s | Of ceiling |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'The server keeps recent API answers ready to send (`API_CACHE_MB`, 32 MiB), so repeated requests like these are served from memory after the first. What a request costs when its answer is not cached yet, the queries alone (median and slowest of 25; uncached searches are measured in the search section below):',
    '',
    '| Query | Median ms | Slowest ms |',
    '| --- | --- | --- |',
    ...costs.map((cost) => `| ${cost.name} | ${cost.medianMs.toFixed(2)} | ${cost.maxMs.toFixed(2)} |`),
  ]);
}
