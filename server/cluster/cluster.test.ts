import { Agent } from 'node:http';
import { describe, expect, it, onTestFinished } from 'vitest';
import { freePort } from '../../e2e/free-port.ts';
import { startLoggingServer } from '../test/logging-server.ts';
import { type Outcome, requestOutcome } from '../test/request-outcome.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// WEB_CONCURRENCY=2: the real primary and its two server processes, on the fixture site.
const site = useFixtureSite();

const RUNNING = 'WIOTC News Center is running at';
const SERVING = 'is serving';

async function startCluster(env: Record<string, string> = {}) {
  const server = await startLoggingServer({
    WEB_CONCURRENCY: '2',
    SEARCH_WORKERS: '0',
    DATABASE_FILE: site.databaseFile,
    DIST_DIR: site.distDir,
    ...env,
  });
  onTestFinished(server.kill);
  await server.waitForLines(RUNNING);
  return server;
}

describe('WEB_CONCURRENCY=2', { timeout: 60_000 }, () => {
  it('answers from two processes on one port, and says where once', async () => {
    const server = await startCluster();
    expect(server.lines(SERVING).map((line) => line.pid)).toHaveLength(2);
    expect(server.lines(RUNNING)).toHaveLength(1);
    for (let count = 0; count < 20; count += 1)
      expect((await requestOutcome(server.port, false, '/api/forums')).status).toBe(200);
    // Each request is logged by the process that answered it.
    const answeredBy = new Set(server.lines('request').map((line) => line.pid));
    expect(answeredBy).toEqual(new Set(server.lines(SERVING).map((line) => line.pid)));
  });

  it('passes SIGHUP on to every server process', async () => {
    const server = await startCluster();
    server.child.kill('SIGHUP');
    const heard = await server.waitForLines('looking for a new database', 2);
    expect(new Set(heard.map((line) => line.pid))).toEqual(new Set(server.lines(SERVING).map((line) => line.pid)));
  });

  it('lives through SIGHUP while its processes are still starting', async () => {
    const server = await startLoggingServer({
      WEB_CONCURRENCY: '2',
      SEARCH_WORKERS: '0',
      DATABASE_FILE: site.databaseFile,
      DIST_DIR: site.distDir,
    });
    onTestFinished(server.kill);
    // As a publish script might, at any moment of a start (once the primary is up).
    await server.waitForLines('Starting 2 server processes');
    const hangUps = setInterval(() => server.child.kill('SIGHUP'), 50);
    try {
      await server.waitForLines(RUNNING);
    } finally {
      clearInterval(hangUps);
    }
    expect(server.child.exitCode).toBeNull();
    expect(server.lines('stopped')).toEqual([]);
    expect((await requestOutcome(server.port, false)).status).toBe(200);
  });

  it('replaces a server process that dies, and logs it', async () => {
    const server = await startCluster();
    const [victim] = server.lines(SERVING);
    process.kill(victim.pid, 'SIGKILL');
    const [death] = await server.waitForLines('stopped unexpectedly');
    expect(death).toMatchObject({ workerPid: victim.pid, signal: 'SIGKILL' });
    const serving = await server.waitForLines(SERVING, 3);
    expect(serving.at(-1)?.pid).not.toBe(victim.pid);
    expect((await fetch(`${server.base}/api/articles`)).status).toBe(200);
  });

  it('drains every process on SIGTERM: every request it took is answered in full, and then it stops', async () => {
    const server = await startCluster();
    const agent = new Agent({ keepAlive: true, maxSockets: 20 });
    const outcomes: (Outcome & { afterStop: boolean })[] = [];
    let stopSent = false;
    let exited = false;
    void server.exited.then(() => (exited = true));
    const readers = Array.from({ length: 20 }, async () => {
      while (!exited) {
        const afterStop = stopSent; // as the request leaves
        const outcome = { ...(await requestOutcome(server.port, agent)), afterStop };
        outcomes.push(outcome);
        if (outcome.status === undefined) break; // the connection failed: nothing serves any more
      }
    });
    await expect.poll(() => outcomes.length).toBeGreaterThan(100);
    stopSent = true;
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    await Promise.all(readers);
    agent.destroy();

    const answered = outcomes.filter((outcome) => outcome.status !== undefined);
    expect(answered.length).toBeGreaterThan(100);
    // No answer cut short, no error answer.
    expect(answered.filter((outcome) => outcome.status !== 200 || !outcome.complete)).toEqual([]);
    // Only each reader's last attempt fails, after the stop, and never mid-answer: a new
    // connection is refused, or reset by Node's cluster, which holds the port open in the
    // primary until the last process has closed its side (a proxy tries another node).
    const failed = outcomes.filter((outcome) => outcome.status === undefined);
    expect(failed.length).toBeLessThanOrEqual(20);
    expect(
      failed.every((outcome) => outcome.afterStop && ['ECONNREFUSED', 'ECONNRESET'].includes(outcome.error ?? '')),
    ).toBe(true);
    expect(server.lines('closing the server')).toHaveLength(2);
  });

  it('adds up the processes’ metrics on the metrics port, which the public port does not serve', async () => {
    const metricsPort = await freePort();
    const server = await startCluster({ METRICS_PORT: String(metricsPort) });
    // On new connections, so that both processes answer some.
    for (let count = 0; count < 10; count += 1) await requestOutcome(server.port, false, '/api/forums');
    const scrape = async () => (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    await expect.poll(scrape).toContain('http_requests_total{route="/api/forums",method="GET",status="200"} 10');
    expect(new Set(server.lines('request').map((line) => line.pid)).size).toBe(2);
    // Both processes serve the one database.
    expect(await scrape()).toMatch(/^wiotc_database_version\{version="[^"]+"\} 2$/m);
    expect((await fetch(`${server.base}/metrics`)).status).toBe(404);
  });

  it('stops, and does not start process after process, when they cannot serve', async () => {
    const server = await startLoggingServer({
      WEB_CONCURRENCY: '2',
      DATABASE_FILE: `${site.databaseFile}.missing`,
      DIST_DIR: site.distDir,
    });
    onTestFinished(server.kill);
    expect(await server.exited).toBe(1);
    expect(server.lines('stopped before it could serve')).toHaveLength(1);
    expect(server.stderr()).toContain('missing');
  });
});
