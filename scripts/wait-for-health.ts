import type { ChildProcess } from 'node:child_process';

/** Polls the server's /healthz until it answers, and fails as soon as its process exits. */
export async function waitForHealth(base: string, server: ChildProcess, { attempts = 240, intervalMs = 500 } = {}) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (server.exitCode !== null) throw new Error('the server stopped while starting');
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error('the server did not start');
}
