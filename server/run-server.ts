import cluster from 'node:cluster';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { answerMetricsQuestions } from './cluster/cluster-metrics.ts';
import { listeningUrl } from './http/listening-url.ts';
import type { Config } from './config.ts';
import { createLiveRepository } from './db/live-repository.ts';
import { MAX_HEADER_BYTES } from './http/request-guards.ts';
import { serveMetricsOrExit } from './metrics/metrics-endpoint.ts';
import { createServerMetrics } from './metrics/server-metrics.ts';
import { createSearchPool } from './search/search-pool.ts';
import { stopStarting } from './startup-failure.ts';

/**
 * One server process: the database, the search threads, the app on its port.
 * It is the whole server under `npm start`, and each of the workers under
 * WEB_CONCURRENCY (see cluster/run-primary.ts), which share the port and get
 * their signals from the primary.
 */
export async function runServer(config: Config, logger: Logger) {
  // Until the database is open a SIGHUP has nothing to do (the newest file is
  // the one being opened), but Node's default for it would end the process.
  let onSighup = () => logger.info({ signal: 'SIGHUP' }, 'SIGHUP received while starting; nothing to reopen yet');
  process.on('SIGHUP', () => onSighup());

  const database = (() => {
    try {
      return createLiveRepository(config.databaseFile, {
        searchLimits: config.searchLimits,
        log: {
          info: (message) => logger.info({ databaseFile: config.databaseFile }, message),
          error: (error, message) => logger.error({ err: error, databaseFile: config.databaseFile }, message),
        },
      });
    } catch (error) {
      return stopStarting(error instanceof Error ? error.message : String(error), 1);
    }
  })();
  // Searches run on worker threads of their own (SEARCH_WORKERS=0 keeps them here).
  const searchPool =
    config.searchWorkers > 0
      ? createSearchPool({
          databaseFile: config.databaseFile,
          workers: config.searchWorkers,
          queueLimit: config.searchQueue,
          limits: config.searchLimits,
        })
      : undefined;
  try {
    await searchPool?.ready();
  } catch (error) {
    stopStarting(`The search workers could not start: ${error instanceof Error ? error.message : String(error)}`, 1);
  }

  const metrics = createServerMetrics(database.current);
  // Under WEB_CONCURRENCY the primary answers scrapes with every worker's figures.
  if (cluster.isWorker) answerMetricsQuestions(metrics.registry);
  else if (config.metrics) {
    await serveMetricsOrExit(config.metrics, async () => ({
      contentType: metrics.registry.contentType,
      body: await metrics.registry.metrics(),
    }));
  }

  let draining = false;
  const app = createApp({
    draining: () => draining,
    repository: database.current,
    databaseFile: database.fileStatus,
    distDir: config.distDir,
    publicUrl: config.publicUrl,
    allowedHosts: config.allowedHosts,
    benchCeiling: config.benchCeiling,
    apiCacheBytes: config.apiCacheBytes,
    searches: searchPool?.run,
    logger,
    admin: config.admin,
    metrics,
    cacheSeconds: config.cacheSeconds,
  });

  const server = serve(
    {
      fetch: app.fetch,
      port: config.port,
      hostname: config.host,
      serverOptions: { maxHeaderSize: MAX_HEADER_BYTES },
    },
    (info) => {
      const url = listeningUrl(info.address, info.port, info.family);
      // Under WEB_CONCURRENCY the primary says where the site is, once.
      if (cluster.isWorker) logger.info({ url }, `Server process ${cluster.worker?.id} is serving ${url}`);
      else logger.info({ url }, `WIOTC News Center is running at ${url}`);
    },
  );
  // Before it listens (a port in use, a host that does not resolve) the server cannot start at all.
  server.once('error', (error) => {
    if (!server.listening) stopStarting(`Cannot listen on ${config.host}:${config.port}: ${error.message}`, 1);
    throw error;
  });

  // A new import is picked up by itself within a second; SIGHUP picks it up at once.
  onSighup = () => {
    logger.info({ signal: 'SIGHUP' }, 'SIGHUP received; looking for a new database');
    database.reload().then(
      (reopened) => reopened && logger.info({ databaseFile: config.databaseFile }, `Reopened ${config.databaseFile}.`),
      (error: unknown) =>
        logger.error({ err: error }, 'The new database could not be opened; still serving the previous one.'),
    );
  };

  // Clients get this long to notice, from "Connection: close", that the server is stopping.
  const DRAIN_MS = 1000;

  // Stop in two steps so that no reader sees a reset: first every answer closes
  // its connection, then the server stops accepting, finishes what is in
  // flight, and closes the database.
  function shutDown(signal: string) {
    if (draining) return; // SIGINT from a terminal, then SIGTERM from the primary
    logger.info({ signal }, `${signal} received; closing the server`);
    draining = true;
    setTimeout(() => {
      server.close(() => {
        database.close();
        process.exit(0);
      });
    }, DRAIN_MS);
    setTimeout(() => process.exit(1), 10_000).unref();
  }
  process.once('SIGTERM', () => shutDown('SIGTERM'));
  process.once('SIGINT', () => shutDown('SIGINT'));
}
