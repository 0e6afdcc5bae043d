import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import { nodeResponse } from './node-response.ts';

/**
 * One log line per request once its answer has been sent: method, path,
 * status, duration in ms, and bytes sent (status line and headers included).
 * It watches Node's response rather than the fetch Response, so answers keep
 * their fast path (a body is never re-streamed to be counted), and the app's
 * own in-process API calls while rendering a page are not counted as
 * requests. The query string stays out of the log: it holds what readers search for.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const outgoing = nodeResponse(c);
    if (!outgoing || !logger.isLevelEnabled('info')) return next();
    const started = performance.now();
    const { method, path } = c.req;
    // Responses on one connection are sent one after another, so the
    // connection's count since this request arrived is this answer's size.
    const socket = outgoing.socket;
    const sentBefore = socket?.bytesWritten ?? 0;
    const line = (aborted: boolean) =>
      logger.info(
        {
          method,
          path,
          status: outgoing.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
          bytes: (socket?.bytesWritten ?? sentBefore) - sentBefore,
          ...(aborted && { aborted }),
        },
        'request',
      );
    outgoing.once('finish', () => line(false));
    outgoing.once('close', () => {
      if (!outgoing.writableFinished) line(true);
    });
    await next();
  };
}
