import autocannon from 'autocannon';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { freePort } from '../../e2e/free-port.ts';
import { startLoopbackNginx } from '../../deploy/loopback-nginx.ts';
import { machineLine } from './machine.ts';
import { mixedReads } from './mixed-reads.ts';
import { publishReport } from './report-section.ts';
import { importSampleContent } from './sample-content.ts';
import { startServer } from './server-process.ts';

// `npm run bench:scale`: the mixed read set (the soak's) against one server
// process, against N sharing the port (WEB_CONCURRENCY, N = cores), and
// against those N behind deploy/nginx.conf with a warm cache; with the answer
// cache on, and off so that every API read is a query. All on 127.0.0.1,
// each for a bounded time, in one run.

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '15' }, connections: { type: 'string', default: '50' } },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
if (!(SECONDS >= 1 && SECONDS <= 120) || !(CONNECTIONS >= 1 && CONNECTIONS <= 1000)) {
  console.error('--seconds takes 1 to 120, --connections 1 to 1000.');
  process.exit(2);
}
const WARM_UP_SECONDS = 3;
const CORES = availableParallelism();

type Setup = { label: string; processes: number; nginx: boolean };
const SETUPS: Setup[] = [
  { label: '1 process', processes: 1, nginx: false },
  { label: `${CORES} processes`, processes: CORES, nginx: false },
  { label: `${CORES} processes behind nginx, warm cache`, processes: CORES, nginx: true },
];
const READ_SETS: { label: string; env: Record<string, string> }[] = [
  { label: 'mixed reads', env: {} },
  { label: 'mixed reads, answer cache off', env: { API_CACHE_MB: '0' } },
];

type Measured = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** 503s with Retry-After: searches turned away while every search thread is busy. */
  shed: number;
  failed: number;
  hitRatio?: number;
  loadCpu: number;
};

/** The server's answer-cache hits over lookups, from its own /metrics (added up over its processes). */
async function answerCacheHits(metricsBase: string): Promise<{ hits: number; lookups: number }> {
  const text = await (await fetch(`${metricsBase}/metrics`)).text();
  const count = (result: string) =>
    Number(
      new RegExp(`^wiotc_cache_lookups_total\\{cache="answers",result="${result}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0,
    );
  return { hits: count('hit'), lookups: count('hit') + count('miss') };
}

async function processesServing(metricsBase: string): Promise<number> {
  const text = await (await fetch(`${metricsBase}/metrics`)).text();
  return Number(/^wiotc_database_version\{[^}]*\} (\d+)/m.exec(text)?.[1] ?? 0);
}

async function load(url: string, requests: autocannon.Request[], seconds: number) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, timeout: 10, requests });
  const cpu = process.cpuUsage(cpuBefore);
  return {
    result,
    // The share of one core the load generator itself used: it runs on the same cores as the servers.
    loadCpu: (cpu.user + cpu.system) / 1000 / (performance.now() - started),
  };
}

async function measure(setup: Setup, env: Record<string, string>): Promise<Measured> {
  const metricsPort = await freePort();
  const server = await startServer({
    ...env,
    WEB_CONCURRENCY: String(setup.processes),
    METRICS_PORT: String(metricsPort),
  });
  const metricsBase = `http://127.0.0.1:${metricsPort}`;
  const nginx = setup.nginx ? await startLoopbackNginx([Number(new URL(server.base).port)]) : undefined;
  try {
    // Every process up (the first answers /healthz before the others listen).
    while ((await processesServing(metricsBase)) < setup.processes) await new Promise((r) => setTimeout(r, 100));
    const base = nginx?.base ?? server.base;
    const requests = await mixedReads(base);
    // The same reads first, unmeasured, for every setup: warm caches (nginx's included), compiled code.
    await load(base, requests, WARM_UP_SECONDS);
    const before = await answerCacheHits(metricsBase);
    const { result, loadCpu } = await load(base, requests, SECONDS);
    const after = await answerCacheHits(metricsBase);
    const lookups = after.lookups - before.lookups;
    const shed = result.statusCodeStats?.['503']?.count ?? 0;
    return {
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      shed,
      failed: result.errors + result.timeouts + result.non2xx - (result['3xx'] ?? 0) - shed,
      hitRatio: lookups > 0 ? (after.hits - before.hits) / lookups : undefined,
      loadCpu,
    };
  } finally {
    await nginx?.stop();
    await server.stop();
  }
}

importSampleContent();
const rows: string[] = [];
for (const readSet of READ_SETS) {
  let single: number | undefined;
  for (const setup of SETUPS) {
    const measured = await measure(setup, readSet.env);
    single ??= measured.requestsPerSecond;
    const hits = measured.hitRatio === undefined ? '–' : `${Math.round(measured.hitRatio * 100)}%`;
    const row = `| ${readSet.label} | ${setup.label} | ${measured.requestsPerSecond.toFixed(0)} | ${(measured.requestsPerSecond / single).toFixed(2)}× | ${measured.p50} | ${measured.p99} | ${measured.shed} | ${measured.failed} | ${hits} | ${Math.round(measured.loadCpu * 100)}% |`;
    console.log(row);
    rows.push(row);
  }
}

publishReport('scale', [
  '## Every core, and nginx in front (`npm run bench:scale`)',
  '',
  `Measured on ${machineLine()}. The soak's mixed reads (lists, filters, forums and topics, articles, article pages, searches over rotating words, 304 revalidations), ${CONNECTIONS} connections from autocannon for ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up with the same reads, all on 127.0.0.1, sample content. "N processes" is \`WEB_CONCURRENCY=${CORES}\`; nginx runs \`deploy/nginx.conf\` in front of those same processes. Answer-cache hits are the servers' own count (\`/metrics\`), nginx's hits never reach them. 503s are searches turned away while every search thread is busy (with \`Retry-After\`); failed is every other answer but 2xx and 304, timeouts and connection errors. Load generator CPU is the share of one core autocannon used: it runs on the same ${CORES} cores as what it measures.`,
  '',
  '| Reads | Setup | req/s | vs 1 process | p50 ms | p99 ms | 503 (busy) | failed | answer-cache hits | load generator CPU |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
]);
