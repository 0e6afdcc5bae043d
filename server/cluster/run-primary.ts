import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { listeningUrl } from '../http/listening-url.ts';
import { serveMetricsOrExit } from '../metrics/metrics-endpoint.ts';
import { PROMETHEUS_CONTENT_TYPE, clusterMetrics } from './cluster-metrics.ts';
import { replacementDelayMs } from './replacement-delay.ts';

// Each worker drains in about a second (run-server.ts); past this, it is stuck.
const STOP_TIMEOUT_MS = 15_000;

/**
 * The primary of WEB_CONCURRENCY=N: it serves nothing itself. It starts N
 * server processes sharing the port (Node's cluster module hands each new
 * connection to one of them), passes SIGHUP on to each that serves so that
 * all of them reopen a new database (one still starting opens the newest),
 * stops them all on SIGTERM or SIGINT and exits once they have drained, and
 * replaces one that dies. Under METRICS_PORT it serves the serving workers'
 * metrics, combined.
 */
export function runPrimary(config: Config, logger: Logger) {
  let stopping = false;
  const served = new WeakSet<Worker>();
  const crashes: number[] = [];
  let listeningCount = 0;

  const workers = () => Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
  const serving = () => workers().filter((worker) => served.has(worker));
  const start = () => cluster.fork();

  cluster.on('listening', (worker, address) => {
    served.add(worker);
    listeningCount += 1;
    if (listeningCount === config.processes) {
      const url = listeningUrl(address.address, address.port, address.addressType);
      logger.info(
        { url, processes: config.processes },
        `WIOTC News Center is running at ${url} (${config.processes} processes)`,
      );
    }
  });

  cluster.on('exit', (worker, code, signal) => {
    const pid = worker.process.pid;
    if (stopping) {
      if (workers().length === 0) process.exit();
      return;
    }
    if (!served.has(worker) && listeningCount < config.processes && signal === null) {
      // One of the first gave up before it listened (no database, a port in
      // use): every replacement would fail the same way. Later, or when a
      // signal ended it, the others keep serving while replacements are
      // tried, more and more slowly.
      logger.fatal(
        { workerPid: pid, code, signal },
        'A server process stopped before it could serve; stopping them all',
      );
      stopAll(1);
      return;
    }
    const now = Date.now();
    crashes.push(now);
    if (crashes.length > 50) crashes.shift();
    const delayMs = replacementDelayMs(crashes, now);
    logger.error(
      { workerPid: pid, code, signal, delayMs },
      `Server process ${worker.id} (pid ${pid}) stopped unexpectedly (${signal ?? `exit code ${code}`}); starting another`,
    );
    setTimeout(() => stopping || start(), delayMs);
  });

  process.on('SIGHUP', () => {
    logger.info({ signal: 'SIGHUP' }, 'SIGHUP received; passing it to every server process that serves');
    for (const worker of serving()) worker.process.kill('SIGHUP');
  });

  function stopAll(exitCode: number) {
    stopping = true;
    process.exitCode = exitCode;
    if (workers().length === 0) process.exit();
    for (const worker of workers()) worker.process.kill('SIGTERM');
    setTimeout(() => {
      logger.error('Server processes still running after SIGTERM; killing them');
      for (const worker of workers()) worker.process.kill('SIGKILL');
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, `${signal} received; stopping every server process`);
      stopAll(0);
    });
  }

  if (config.metrics) {
    void serveMetricsOrExit(config.metrics, async () => ({
      contentType: PROMETHEUS_CONTENT_TYPE,
      body: await clusterMetrics(serving()),
    }));
  }

  logger.info({ processes: config.processes }, `Starting ${config.processes} server processes`);
  for (let index = 0; index < config.processes; index += 1) start();
}
