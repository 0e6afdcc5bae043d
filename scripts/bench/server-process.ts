import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../e2e/free-port.ts';
import { waitForHealth } from '../wait-for-health.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The real server in its own process on 127.0.0.1, with its resident memory readable. */
export async function startServer(env: Record<string, string>, serverRoot = root) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(serverRoot, 'server', 'main.ts')], {
    cwd: serverRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, child, { attempts: 300, intervalMs: 200 });
  return {
    base,
    /** Resident set size in MiB, from /proc. */
    rssMiB(): number {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
