import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { machineLine } from './machine.ts';
import { publishReport } from './report-section.ts';
import { startServer } from './server-process.ts';

// `npm run bench:soak`: two minutes of mixed reads on 127.0.0.1 against the
// portal with its sample content: lists, filters, articles, searches and
// revalidations. Reports errors, latency and how memory moved.

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '120' } } });
const SECONDS = Number(values.seconds);
const root = path.resolve(import.meta.dirname, '..', '..');
if (
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/content/build-cli.ts')], { stdio: 'inherit' })
    .status !== 0
) {
  process.exit(1);
}
const server = await startServer({});

const list = (await (await fetch(`${server.base}/api/articles?pageSize=50`)).json()) as { items: { slug: string }[] };
const slugs = list.items.map((item) => item.slug);
const etag = (await fetch(`${server.base}/api/articles`)).headers.get('etag')!;
const WORDS = ['internet', 'grid', 'smart', 'standards', 'guter', 'port', 'health', 'farm', 'data', 'zürich'];

// A deterministic rotation over many distinct URLs, so the cache is exercised and missed.
let counter = 0;
const requests = [
  { path: '/api/articles' },
  { path: '/api/articles?page=2' },
  { path: '/api/articles?forum=energy-session' },
  { path: '/api/articles?topic=digital-economy&page=2' },
  { path: '/api/forums' },
  { path: '/api/topics?forum=opening-ceremony' },
  { path: '/api/articles', headers: { 'If-None-Match': etag } },
].map((entry) => ({ method: 'GET' as const, ...entry }));
const dynamic = () => {
  counter += 1;
  if (counter % 3 === 0) return `/api/articles/${slugs[counter % slugs.length]}`;
  if (counter % 3 === 1)
    return `/api/articles?q=${encodeURIComponent(WORDS[counter % WORDS.length])}&page=${1 + (counter % 3)}`;
  return `/news/${slugs[counter % slugs.length]}`;
};

const rss: { second: number; mib: number }[] = [];
const started = Date.now();
const sampler = setInterval(() => rss.push({ second: (Date.now() - started) / 1000, mib: server.rssMiB() }), 1000);
const result = await autocannon({
  url: server.base,
  connections: 20,
  duration: SECONDS,
  requests: [...requests, { method: 'GET', setupRequest: (request) => ({ ...request, path: dynamic() }) }],
});
clearInterval(sampler);
await server.stop();

const meanOf = (from: number, to: number) => {
  const window = rss.filter((sample) => sample.second >= from && sample.second < to).map((sample) => sample.mib);
  return window.reduce((sum, value) => sum + value, 0) / Math.max(window.length, 1);
};
const firstRss = meanOf(0, 30);
const lastRss = meanOf(SECONDS - 30, SECONDS + 1);
const growth = ((lastRss - firstRss) / firstRss) * 100;
const errors = result.errors + result.timeouts + result.non2xx - (result['3xx'] ?? 0);
publishReport('soak', [
  '## Soak (`npm run bench:soak`)',
  '',
  `Measured on ${machineLine()}. ${SECONDS} s of mixed reads (lists, filters, forums and topics, articles, pages, searches over rotating words, 304 revalidations), 20 connections on 127.0.0.1, sample content.`,
  '',
  '| Requests | req/s | p50 ms | p99 ms | Errors (non-2xx/3xx, timeouts, resets) | RSS first 30 s | RSS last 30 s | Growth |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  `| ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${errors} | ${firstRss.toFixed(0)} MiB | ${lastRss.toFixed(0)} MiB | ${growth.toFixed(1)}% |`,
]);
if (errors > 0 || growth >= 10) process.exitCode = 1;
