import type { QueryClient } from '@tanstack/react-query';

/** How requests reach the API: the network in the browser, the server itself when it renders a page. */
export type Transport = (request: Request) => Promise<Response>;

const networkTransport: Transport = (request) => fetch(request);

// Keyed by query client, so each server render has its own transport and
// nothing is swapped in shared state between requests.
const transports = new WeakMap<QueryClient, Transport>();

export function bindTransport(client: QueryClient, transport: Transport): void {
  transports.set(client, transport);
}

export function transportOf(client: QueryClient | undefined): Transport {
  return (client && transports.get(client)) ?? networkTransport;
}
