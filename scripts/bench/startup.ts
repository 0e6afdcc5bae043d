import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { freePort } from '../../e2e/free-port.ts';
import { machineLine } from './machine.ts';

// `npx tsx scripts/bench/startup.ts [--runs 5] [--production]`: how long the
// server takes from spawn to its first good /healthz answer, and its resident
// memory then, run through tsx from source and compiled with `node`,
// alternately on the same database. --production sets NODE_ENV=production for both.

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, production: { type: 'boolean', default: false } },
});
const RUNS = Number(values.runs);
const root = path.resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'wiotc-startup-'));
const databaseFile = path.join(work, 'news.db');
// The built app when there is one; /healthz answers either way.
const distDir = existsSync(path.join(root, 'dist')) ? path.join(root, 'dist') : work;

const VARIANTS = [
  { name: 'tsx server/main.ts', args: ['--import', 'tsx', path.join(root, 'server', 'main.ts')] },
  { name: 'node dist-server/main.js', args: [path.join(root, 'dist-server', 'main.js')] },
];

function mustRun(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

const rssMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

/** Resolves when the server logs that it listens; the clock keeps running until /healthz answers. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code} while starting`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const url = /is running at (\S+)"/.exec(line)?.[1];
      if (url) resolve(url);
    });
  });
}

async function measure(args: string[]) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      ...(values.production && { NODE_ENV: 'production' }),
      DATABASE_FILE: databaseFile,
      DIST_DIR: distDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await listening(child);
    const response = await fetch(new URL('/healthz', url));
    if (!response.ok) throw new Error(`/healthz answered ${response.status}`);
    const milliseconds = performance.now() - started;
    return { milliseconds, rss: rssMiB(child.pid!) };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

try {
  mustRun('npm', ['run', 'build:server', '--silent']);
  mustRun(process.execPath, [path.join(root, 'dist-server', 'build-cli.js'), '--skip-cards'], {
    DATABASE_FILE: databaseFile,
  });
  const results = VARIANTS.map(() => ({ milliseconds: [] as number[], rss: [] as number[] }));
  // Alternate the two, so that whatever else the machine does falls on both.
  for (let run = 0; run < RUNS; run += 1) {
    for (const [index, variant] of VARIANTS.entries()) {
      const { milliseconds, rss } = await measure(variant.args);
      results[index].milliseconds.push(milliseconds);
      results[index].rss.push(rss);
    }
  }
  console.log(
    `\n${machineLine()}; NODE_ENV=${values.production ? 'production' : (process.env.NODE_ENV ?? '(unset)')}\n`,
  );
  console.log(
    row(['Server', 'Start to first /healthz, median (ms)', 'Each run (ms)', 'RSS, median (MiB)', 'Each run (MiB)']),
  );
  console.log(row(['---', '--:', '---', '--:', '---']));
  VARIANTS.forEach((variant, index) => {
    const { milliseconds, rss } = results[index];
    console.log(
      row([
        `\`${variant.name}\``,
        Math.round(median(milliseconds)),
        milliseconds.map(Math.round).join(', '),
        median(rss).toFixed(1),
        rss.map((value) => value.toFixed(1)).join(', '),
      ]),
    );
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
