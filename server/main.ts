import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { config } from './config.ts';
import { createLiveRepository } from './db/live-repository.ts';
import { MAX_HEADER_BYTES } from './request-guards.ts';

const database = createLiveRepository(config.databaseFile);
const app = createApp({
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

// Finish the requests in flight, refuse new ones, then close the database.
function shutDown(signal: string) {
  console.log(`${signal} received; closing the server`);
  server.close(() => {
    database.close();
    process.exit(0);
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.once('SIGTERM', () => shutDown('SIGTERM'));
process.once('SIGINT', () => shutDown('SIGINT'));
