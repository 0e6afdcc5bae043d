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
    root: { type: 'string', multiple: true, default: [path.resolve(import.meta.dirname, '..', '..')] },
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '500' },
    label: { type: 'string', multiple: true, default: ['this build'] },
    runs: { type: 'string', default: '1' },
    // home: /?x=N, a page kept after its first render; search: /search?q=N, a new page to render each time.
    target: { type: 'string', default: 'home' },
    publish: { type: 'boolean', default: false },
  },
});
const TARGETS: Record<string, { path: (n: number) => string; says: string }> = {
  home: { path: (n) => `/?x=${n}`, says: '`/?x=N` (a new N for each request: the same page)' },
  search: {
    path: (n) => `/search?q=sensor+${n}`,
    says: '`/search?q=sensor+N` (a new N for each request: a page to render)',
  },
};
const target = TARGETS[values.target];
if (!target) throw new Error(`--target is one of ${Object.keys(TARGETS).join(', ')}`);
const targetPath = target.path;

/** One run of one build: its row of the table. */
async function measure(rootDir: string, label: string) {
  const root = path.resolve(rootDir);
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

  // The monitor, in a process of its own (health-monitor.ts).
  const monitor = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'health-monitor.ts'), `${base}/healthz`],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let monitorOutput = '';
  monitor.stdout!.on('data', (chunk: Buffer) => (monitorOutput += chunk));
  const monitorDone = new Promise((resolve) => monitor.once('close', resolve));
  // Give it time to start before the crowd arrives.
  await new Promise((resolve) => setTimeout(resolve, 1500));

  let counter = 0;
  const result = await autocannon({
    url: base,
    connections: Number(values.connections),
    duration: Number(values.seconds),
    timeout: 10,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: targetPath((counter += 1)) }) }],
  });
  monitor.kill('SIGTERM');
  await monitorDone;
  const answered = JSON.parse(monitorOutput) as number[];
  const health = answered.filter((ms) => ms >= 0);
  const healthFailed = answered.length - health.length;
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });

  const ok = result['2xx'];
  const shed = result.non2xx;
  return [
    label,
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
}

// Builds take turns, run after run, so that a change in the machine's load
// falls on all of them alike.
const rows: (string | number)[][] = [];
for (let run = 1; run <= Number(values.runs); run += 1) {
  for (const [index, rootDir] of values.root.entries()) {
    rows.push(await measure(rootDir, `${values.label[index] ?? rootDir} (run ${run})`));
  }
}
const lines = [
  `## Server-rendered pages under load: ${values.target}`,
  '',
  `${machineLine()}. ${values.connections} connections on ${target.says} for ${values.seconds} s, with \`/healthz\` asked every 100 ms (5 s timeout) by a process of its own beside them. Builds take turns. Latency in ms; answers/s is autocannon's mean.`,
  '',
  '| Build | answers/s | 200s/s | 503s (shed) | client timeouts | p50 | p99 | /healthz p50 | p99 | max | failed |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];
if (values.publish) publishReport(`page-load-${values.target}`, lines);
else console.log(lines.join('\n'));
