import cluster from 'node:cluster';
import { runPrimary } from './cluster/run-primary.ts';
import { originWarning } from './http/request-origin.ts';
import { createLogger } from './logger.ts';
import { runServer } from './run-server.ts';
import { readConfigOrExit } from './startup-failure.ts';

const config = readConfigOrExit();
const logger = createLogger(config.logLevel);

if (cluster.isPrimary) {
  const hostWarning = originWarning(config);
  if (hostWarning) logger.warn(hostWarning);
}

// WEB_CONCURRENCY=N (more than 1): this process starts N copies of itself
// that share the port, and looks after them.
if (config.processes > 1 && cluster.isPrimary) runPrimary(config, logger);
else await runServer(config, logger);
