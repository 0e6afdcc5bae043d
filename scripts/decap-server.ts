import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');

/**
 * decap-server, the web editor's backend on this machine: it reads and writes
 * the files under `repoDir` (the folder that holds content/) as they are,
 * without committing, and listens on 127.0.0.1 only.
 */
export function startDecapServer({
  port,
  repoDir,
  stdio = 'inherit',
}: {
  port: number;
  repoDir: string;
  stdio?: StdioOptions;
}): ChildProcess {
  const env = { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repoDir, MODE: 'fs' };
  // Its log levels are not the portal's (LOG_LEVEL=silent would mean nothing to it).
  return spawn(process.execPath, [entry], { env: { ...env, LOG_LEVEL: 'warn' }, stdio });
}

/** Waits until decap-server answers at `apiUrl` (its /api/v1), and fails as soon as its process exits. */
export async function waitForDecapServer(apiUrl: string, server: ChildProcess, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`decap-server stopped while starting (exit code ${server.exitCode})`);
    try {
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`decap-server did not answer at ${apiUrl} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
