import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.ts';

/**
 * The server's one logger: a JSON object per line on stdout, for the process
 * manager or a log shipper to collect and query.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino({ level, base: { pid: process.pid } }, destination);
}
