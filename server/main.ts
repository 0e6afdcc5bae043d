import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { config } from './config.ts';
import { createLiveRepository } from './db/live-repository.ts';
import { MAX_HEADER_BYTES } from './http/request-guards.ts';

const database = createLiveRepository(config.databaseFile);
let draining = false;
const app = createApp({
  draining: () => draining,
  repository: database.current,
  distDir: config.distDir,
  publicUrl: config.publicUrl,
  benchCeiling: process.env.BENCH_CEILING === '1',
  apiCacheBytes: config.apiCacheBytes,
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
    console.log(`WIOTC News Center is running at http://${host}:${info.port}/`);
  },
);

// A new import is picked up by itself within a second; SIGHUP picks it up at once.
process.on('SIGHUP', () => {
  if (database.reload()) console.log(`Reopened ${config.databaseFile}.`);
});

// Clients get this long to notice, from "Connection: close", that the server is stopping.
const DRAIN_MS = 1000;

// Stop in two steps so that no reader sees a reset: first every answer closes
// its connection, then the server stops accepting, finishes what is in
// flight, and closes the database.
function shutDown(signal: string) {
  console.log(`${signal} received; closing the server`);
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
