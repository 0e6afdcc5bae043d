import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../e2e/free-port.ts';

export type LogLine = { pid: number; msg: string; [field: string]: unknown };

/**
 * The real server (server/main.ts through tsx) on a free port of 127.0.0.1,
 * with its JSON log kept line by line. The caller kills it (`kill`) when done.
 */
export async function startLoggingServer(env: Record<string, string>) {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, '..', 'main.ts')],
    {
      env: { ...process.env, LOG_LEVEL: 'info', ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log: LogLine[] = [];
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{')) log.push(JSON.parse(line) as LogLine);
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const base = `http://127.0.0.1:${port}`;
  return {
    child,
    port,
    base,
    log,
    stderr: () => stderr,
    exited,
    /** SIGKILL, if it is still running. */
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
    /** The log lines whose message contains `text`. */
    lines: (text: string) => log.filter((line) => line.msg.includes(text)),
    /** The log lines whose message contains `text`, once there are `count` of them (20 s at most). */
    async waitForLines(text: string, count = 1) {
      for (let waited = 0; ; waited += 50) {
        const found = log.filter((line) => line.msg.includes(text));
        if (found.length >= count) return found;
        if (waited >= 20_000) throw new Error(`Waited 20 s for ${count} log lines with "${text}"; stderr: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
