import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createLiveRepository } from './db/live-repository.ts';
import { createSearchPool } from './search/search-pool.ts';
import { MAX_HEADER_BYTES } from './http/request-guards.ts';
import { createLogger } from './logger.ts';
import { originWarning } from './http/request-origin.ts';
import { readConfigOrExit, stopStarting } from './startup-failure.ts';

const config = readConfigOrExit();
const logger = createLogger(config.logLevel);
const hostWarning = originWarning(config);
if (hostWarning) logger.warn(hostWarning);

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
});

const server = serve(
  {
    fetch: app.fetch,
    port: config.port,
    hostname: config.host,
    serverOptions: { maxHeaderSize: MAX_HEADER_BYTES },
  },
  (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    const url = `http://${host}:${info.port}/`;
    logger.info({ url }, `WIOTC News Center is running at ${url}`);
  },
);
// Before it listens (a port in use, a host that does not resolve) the server cannot start at all.
server.once('error', (error) => {
  if (!server.listening) stopStarting(`Cannot listen on ${config.host}:${config.port}: ${error.message}`, 1);
  throw error;
});

// A new import is picked up by itself within a second; SIGHUP picks it up at once.
process.on('SIGHUP', () => {
  database.reload().then(
    (reopened) => reopened && logger.info({ databaseFile: config.databaseFile }, `Reopened ${config.databaseFile}.`),
    (error: unknown) =>
      logger.error({ err: error }, 'The new database could not be opened; still serving the previous one.'),
  );
});

// Clients get this long to notice, from "Connection: close", that the server is stopping.
const DRAIN_MS = 1000;

// Stop in two steps so that no reader sees a reset: first every answer closes
// its connection, then the server stops accepting, finishes what is in
// flight, and closes the database.
function shutDown(signal: string) {
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
