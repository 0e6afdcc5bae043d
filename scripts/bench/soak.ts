import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { machineLine } from './machine.ts';
import { mixedReads } from './mixed-reads.ts';
import { importSampleContent } from './sample-content.ts';
import { publishReport } from './report-section.ts';
import { startServer } from './server-process.ts';

// `npm run bench:soak`: two minutes of mixed reads on 127.0.0.1 against the
// portal with its sample content: lists, filters, articles, searches and
// revalidations. Reports errors, latency and how memory moved.

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '120' } } });
const SECONDS = Number(values.seconds);
importSampleContent();
const server = await startServer({});

const requests = await mixedReads(server.base);

const rss: { second: number; mib: number }[] = [];
const started = Date.now();
const sampler = setInterval(() => rss.push({ second: (Date.now() - started) / 1000, mib: server.rssMiB() }), 1000);
const result = await autocannon({
  url: server.base,
  connections: 20,
  duration: SECONDS,
  requests,
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
