import type { z } from 'zod';
import { ApiError, UNEXPECTED_RESPONSE } from './api-error.ts';
import { problemSchema } from './contract.ts';

function apiUrl(path: string, params?: URLSearchParams): string {
  // Absolute, because the same code runs in the browser and in Node (tests).
  const url = new URL(`/api${path}`, globalThis.location?.origin ?? 'http://localhost');
  if (params) url.search = params.toString();
  return url.toString();
}

/**
 * GETs an API path and parses the body with its contract schema. Aborting
 * through `signal` cancels the request; every failure becomes an ApiError.
 */
export async function fetchFromApi<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  { params, signal }: { params?: URLSearchParams; signal?: AbortSignal } = {},
): Promise<z.infer<Schema>> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 0, 'The news service cannot be reached. Check your connection.');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    throw new ApiError('http', response.status, problem.success ? problem.data.detail : response.statusText);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('contract', response.status, UNEXPECTED_RESPONSE);
  return parsed.data;
}
