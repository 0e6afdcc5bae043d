import { type ChildProcess, spawn } from 'node:child_process';
import { Agent } from 'node:http';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { freePort } from '../e2e/free-port.ts';
import { type Outcome, requestOutcome } from './test/request-outcome.ts';
import { useFixtureSite } from './test/use-fixture-site.ts';

// The real server process, stopped with SIGTERM while readers keep asking.
const site = useFixtureSite();

describe('stopping the server', () => {
  it('finishes the requests in flight on SIGTERM and refuses new ones cleanly', { timeout: 30_000 }, async () => {
    const port = await freePort();
    const server: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'main.ts')],
      {
        env: { ...process.env, PORT: String(port), DATABASE_FILE: site.databaseFile, DIST_DIR: site.distDir },
        stdio: 'ignore',
      },
    );
    onTestFinished(() => {
      if (server.exitCode === null) server.kill('SIGKILL');
    });
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    await expect.poll(async () => (await requestOutcome(port, agent)).status, { timeout: 15_000 }).toBe(200);

    const outcomes: Outcome[] = [];
    let stopped = false;
    let exited = false;
    const exitCode = new Promise<number | null>((resolve) =>
      server.once('exit', (code) => {
        exited = true;
        resolve(code);
      }),
    );
    // Readers keep asking until the server refuses them.
    const readers = Array.from({ length: 20 }, async () => {
      while (!exited) {
        const outcome = await requestOutcome(port, agent);
        outcomes.push(outcome);
        if (outcome.status === undefined) break; // refused: the server has stopped listening
      }
    });
    await expect.poll(() => outcomes.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(40);
    stopped = server.kill('SIGTERM');
    await Promise.all(readers);
    agent.destroy();

    expect(stopped).toBe(true);
    expect(await exitCode).toBe(0);
    // A connection refused, or reset before any answer began (one still in
    // the listen queue when the server stopped listening), is a clean refusal.
    // An answer that starts must arrive whole, and never as a 5xx.
    const answered = outcomes.filter((outcome) => outcome.status !== undefined);
    const refused = outcomes.filter((outcome) => outcome.status === undefined);
    expect(answered.length).toBeGreaterThan(20);
    expect(answered.filter((outcome) => outcome.status! >= 500)).toEqual([]);
    expect(answered.filter((outcome) => !outcome.complete || outcome.error)).toEqual([]);
    // Requests that reached the server after the signal were still answered, whole.
    expect(answered.filter((outcome) => outcome.stopping).length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((outcome) => ['ECONNREFUSED', 'ECONNRESET'].includes(outcome.error!))).toBe(true);
    console.info(`shutdown under load: ${answered.length} answered whole, ${refused.length} refused, no 5xx`);
  });
});
