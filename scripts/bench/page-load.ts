import autocannon from 'autocannon';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../../e2e/free-port.ts';
import { waitForHealth } from '../wait-for-health.ts';
import { machineLine } from './machine.ts';
import { percentile } from './percentiles.ts';
import { publishReport } from './report-section.ts';

// `npx tsx scripts/bench/page-load.ts`: many readers at once on the
// server-rendered home page, each URL made unique by a parameter that
// changes nothing on the page (as links with tracking tags are), while a
// monitor asks /healthz ten times a second. Runs a built server (`--root`,
// this project by default, so a checkout of an older commit can be measured
// the same way) on 127.0.0.1, for a bounded time.

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: path.resolve(import.meta.dirname, '..', '..') },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '500' },
    label: { type: 'string', default: 'this build' },
    publish: { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.root);
const work = mkdtempSync(path.join(tmpdir(), 'wiotc-page-load-'));
const port = await freePort();
const env = {
  ...process.env,
  DATABASE_FILE: path.join(work, 'news.db'),
  CONTENT_DIR: path.join(root, 'content'),
  DIST_DIR: path.join(root, 'dist'),
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  NODE_ENV: 'production',
};
const built = (name: string) => path.join(root, 'dist-server', name);
if (spawnSync(process.execPath, [built('build-cli.js')], { env, stdio: 'ignore' }).status !== 0) {
  throw new Error(`the import failed: is ${root} built (npm run build)?`);
}
const server: ChildProcess = spawn(process.execPath, [built('main.js')], { env, stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
await waitForHealth(base, server);

// The monitor: one request at a time, each given up after 5 s.
const health: number[] = [];
let healthFailed = 0;
let monitoring = true;
const monitor = (async () => {
  while (monitoring) {
    const started = performance.now();
    try {
      const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (!response.ok) healthFailed += 1;
    } catch {
      healthFailed += 1;
    }
    health.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
})();

let counter = 0;
const result = await autocannon({
  url: base,
  connections: Number(values.connections),
  duration: Number(values.seconds),
  timeout: 10,
  requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/?x=${(counter += 1)}` }) }],
});
monitoring = false;
await monitor;
server.kill('SIGTERM');
rmSync(work, { recursive: true, force: true });

const ok = result['2xx'];
const shed = result.non2xx;
const row = [
  values.label,
  Math.round(result.requests.average),
  Math.round(ok / Number(values.seconds)),
  shed,
  result.timeouts,
  result.latency.p50,
  result.latency.p99,
  Math.round(percentile(health, 0.5)),
  Math.round(percentile(health, 0.99)),
  Math.round(Math.max(...health)),
  healthFailed,
];
const lines = [
  '## Server-rendered pages under load',
  '',
  `${machineLine()}. ${values.connections} connections on \`/?x=N\` (a new N for each request) for ${values.seconds} s, with \`/healthz\` asked every 100 ms (5 s timeout) beside them. Latency in ms.`,
  '',
  '| Build | answers/s | 200s/s | 503s (shed) | client timeouts | p50 | p99 | /healthz p50 | p99 | max | failed |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  `| ${row.join(' | ')} |`,
];
if (values.publish) publishReport('page-load', lines);
else console.log(lines.join('\n'));
