import { type ChildProcess, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../e2e/free-port.ts';
import { createFixtureSite } from './test/fixture-site.ts';

// The real server process, stopped with SIGTERM while readers keep asking.
let site: Awaited<ReturnType<typeof createFixtureSite>>;
beforeAll(async () => {
  site = await createFixtureSite();
});
afterAll(() => site.close());

type Outcome = { status?: number; error?: string; complete: boolean };

function get(port: number, agent: Agent): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/api/articles?pageSize=50', agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode, complete: bytes > 0 }));
      res.on('error', (error) => resolve({ status: res.statusCode, error: error.message, complete: false }));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message, complete: false }));
    req.end();
  });
}

describe('stopping the server', () => {
  it('finishes the requests in flight on SIGTERM and refuses new ones cleanly', { timeout: 30_000 }, async () => {
    const port = await freePort();
    const server: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'main.ts')],
      {
        env: {
          ...process.env,
          PORT: String(port),
          DATABASE_FILE: site.databaseFile,
          DIST_DIR: path.join(site.root, 'dist'),
        },
        stdio: 'ignore',
      },
    );
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    await expect.poll(async () => (await get(port, agent)).status, { timeout: 15_000 }).toBe(200);

    const outcomes: Outcome[] = [];
    let stopped = false;
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    const readers = Array.from({ length: 20 }, async () => {
      const deadline = Date.now() + 1500;
      while (Date.now() < deadline) {
        const outcome = await get(port, agent);
        outcomes.push(outcome);
        if (outcome.status === undefined) break; // refused: the server has stopped listening
      }
    });
    setTimeout(() => {
      stopped = server.kill('SIGTERM');
    }, 400);
    await Promise.all(readers);
    agent.destroy();

    expect(stopped).toBe(true);
    expect(await exited).toBe(0);
    // A connection refused, or reset before any answer began (one still in
    // the listen queue when the server stopped listening), is a clean refusal.
    // An answer that starts must arrive whole, and never as a 5xx.
    const answered = outcomes.filter((outcome) => outcome.status !== undefined);
    const refused = outcomes.filter((outcome) => outcome.status === undefined);
    expect(answered.length).toBeGreaterThan(20);
    expect(answered.filter((outcome) => outcome.status! >= 500)).toEqual([]);
    expect(answered.filter((outcome) => !outcome.complete || outcome.error)).toEqual([]);
    expect(refused.every((outcome) => ['ECONNREFUSED', 'ECONNRESET'].includes(outcome.error!))).toBe(true);
    console.info(`shutdown under load: ${answered.length} answered whole, ${refused.length} refused, no 5xx`);
  });
});
