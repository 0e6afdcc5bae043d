import { type Server, createServer } from 'node:http';
import { stopStarting } from '../startup-failure.ts';

/** What a scrape answers: Prometheus text, and its content type. */
export type Scrape = () => Promise<{ contentType: string; body: string }>;

/**
 * `GET /metrics` on a port of its own (METRICS_PORT, on METRICS_HOST,
 * 127.0.0.1 unless told otherwise), so that it is never part of the public
 * site whatever the proxy in front forwards. Anything else there is a 404.
 */
export function serveMetrics({ host, port }: { host: string; port: number }, scrape: Scrape): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || new URL(request.url ?? '/', 'http://metrics').pathname !== '/metrics') {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Metrics are at /metrics.\n');
      return;
    }
    scrape().then(
      ({ contentType, body }) => response.writeHead(200, { 'Content-Type': contentType }).end(body),
      (error: unknown) =>
        response
          .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
          .end(`The metrics could not be collected: ${error instanceof Error ? error.message : String(error)}\n`),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** The metrics port, or exit: a server asked for metrics it cannot serve should not run without them. */
export async function serveMetricsOrExit(address: { host: string; port: number }, scrape: Scrape) {
  try {
    await serveMetrics(address, scrape);
  } catch (error) {
    stopStarting(
      `Cannot serve metrics on ${address.host}:${address.port}: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
}
