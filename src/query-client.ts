import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { ApiError } from './api/api-error.ts';
import { type Transport, bindTransport } from './api/transport.ts';

/** How often a busy server is asked again before the reader is told it failed. */
const BUSY_RETRIES = 3;
// A Retry-After is followed within reason: asking again at once only adds to
// the load, and a reader should not watch "Trying again…" for minutes.
const BUSY_WAIT_SECONDS = { fallback: 2, min: 1, max: 30 };

const isBusy = (error: unknown): error is ApiError => error instanceof ApiError && error.isBusy;

/**
 * Retries only an answer that says the server is busy, when it asked. Tests
 * use this alone: other failures show at once, and a busy server is waited
 * for as a reader would wait for it.
 */
export function retryWhenBusy(failureCount: number, error: unknown): boolean {
  return isBusy(error) && failureCount < BUSY_RETRIES;
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isBusy(error)) return retryWhenBusy(failureCount, error);
  // A 4xx or a response that breaks the contract will not fix itself, and a
  // reader who waited out a timeout should hear about it rather than wait again.
  if (
    error instanceof ApiError &&
    (error.kind === 'contract' || error.kind === 'timeout' || (error.status >= 400 && error.status < 500))
  ) {
    return false;
  }
  return failureCount < 2;
}

/** A busy server says when to come back; other failures back off as React Query does by default. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (!isBusy(error)) return Math.min(1000 * 2 ** failureCount, 30_000);
  const { fallback, min, max } = BUSY_WAIT_SECONDS;
  return Math.min(Math.max(error.retryAfterSeconds ?? fallback, min), max) * 1000;
}

/**
 * One per app, and one per page the server renders, answering from its own
 * API without a network hop (`transport`); tests make their own, retrying
 * only a busy server.
 */
export function createQueryClient({ transport, ...config }: QueryClientConfig & { transport?: Transport } = {}) {
  const client = new QueryClient({
    ...config,
    defaultOptions: {
      ...config.defaultOptions,
      queries: { staleTime: 60_000, retry: shouldRetry, retryDelay, ...config.defaultOptions?.queries },
    },
  });
  if (transport) bindTransport(client, transport);
  return client;
}
