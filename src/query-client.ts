import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { ApiError } from './api/api-error.ts';

function shouldRetry(failureCount: number, error: unknown): boolean {
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

/** One per app; tests make their own with retries off. */
export function createQueryClient(config: QueryClientConfig = {}): QueryClient {
  return new QueryClient({
    ...config,
    defaultOptions: {
      ...config.defaultOptions,
      queries: { staleTime: 60_000, retry: shouldRetry, ...config.defaultOptions?.queries },
    },
  });
}
