import type { Context } from 'hono';
import { STATUS_CODES } from 'node:http';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '../../src/shared/contract.ts';

/** Answers with RFC 9457 problem details, the API's one error format. */
export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}

/** Problem details for refusals of the HTTP layer itself (405, 414, 431, 500, 503, ...). */
export function httpProblem(status: number, detail: string): Problem {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, detail };
}
