import type { MiddlewareHandler } from 'hono';
import { httpProblem, problemResponse } from './problem.ts';

/** Longer URLs are refused: no page or query of the portal needs one. */
export const MAX_URL_LENGTH = 4096;
/** Larger request headers are refused by Node's parser with 431. */
export const MAX_HEADER_BYTES = 16 * 1024;

/**
 * The portal only reads: GET and HEAD are answered, anything else is 405.
 * Oversized URLs get 414 before any routing or decoding.
 */
export function requestGuards(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) {
      return problemResponse(c, httpProblem(414, `The address is longer than ${MAX_URL_LENGTH} characters.`));
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      c.header('Allow', 'GET, HEAD');
      return problemResponse(c, httpProblem(405, `${c.req.method} is not allowed; the portal is read-only.`));
    }
    return next();
  };
}
