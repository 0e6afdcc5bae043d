import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { ApiError } from './api/api-error.ts';
import { type Transport, bindTransport } from './api/transport.ts';

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

/**
 * One per app, and one per page the server renders, answering from its own
 * API without a network hop (`transport`); tests make their own with retries off.
 */
export function createQueryClient({ transport, ...config }: QueryClientConfig & { transport?: Transport } = {}) {
  const client = new QueryClient({
    ...config,
    defaultOptions: {
      ...config.defaultOptions,
      queries: { staleTime: 60_000, retry: shouldRetry, ...config.defaultOptions?.queries },
    },
  });
  if (transport) bindTransport(client, transport);
  return client;
}
