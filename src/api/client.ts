import type { QueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import { ApiError, UNEXPECTED_RESPONSE } from './api-error.ts';
import { readRetryAfter } from './retry-after.ts';
import { transportOf } from './transport.ts';

type Contract = typeof import('../shared/contract.ts');
type ResponseSchema =
  | 'articleListSchema'
  | 'articleSchema'
  | 'articlePreviewSchema'
  | 'forumListSchema'
  | 'topicListSchema'
  | 'editionListSchema';

const REQUEST_TIMEOUT_MS = 8000;

function apiUrl(path: string, params?: URLSearchParams): string {
  // Absolute, because the same code runs in the browser and in Node.
  const url = new URL(`/api${path}`, globalThis.location?.origin ?? 'http://localhost');
  if (params) url.search = params.toString();
  return url.toString();
}

/**
 * GETs an API path and parses the body with its contract schema. Aborting
 * through `signal` cancels the request; every failure becomes an ApiError.
 * The schemas load with the first request, in parallel with it, so the first
 * page (whose data comes with the HTML) does not wait for them.
 */
export async function fetchFromApi<Name extends ResponseSchema>(
  path: string,
  schema: Name,
  { params, signal, client }: { params?: URLSearchParams; signal?: AbortSignal; client?: QueryClient } = {},
): Promise<z.infer<Contract[Name]>> {
  const contract = import('../shared/contract.ts');
  // A request that hangs is given up, so the reader hears about it and can retry.
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await transportOf(client)(
      new Request(apiUrl(path, params), { signal: combined, headers: { Accept: 'application/json' } }),
    );
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw new ApiError('timeout', 0, 'The news service is taking too long to answer.');
    throw new ApiError('network', 0, 'The news service cannot be reached. Check your connection.');
  }
  const body: unknown = await response.json().catch(() => undefined);
  const { problemSchema, [schema]: responseSchema } = await contract;
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    throw new ApiError(
      'http',
      response.status,
      problem.success ? problem.data.detail : response.statusText,
      readRetryAfter(response.headers.get('Retry-After')),
    );
  }
  const parsed = (responseSchema as Contract[Name]).safeParse(body);
  if (!parsed.success) throw new ApiError('contract', response.status, UNEXPECTED_RESPONSE);
  return parsed.data as z.infer<Contract[Name]>;
}
