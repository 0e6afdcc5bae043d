import { serve } from '@hono/node-server';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createLogger } from '../logger.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// The real app behind a real Node server, its log written into `lines`.
type Line = Record<string, unknown>;
const lines: Line[] = [];
const site = useFixtureSite();
let server: ReturnType<typeof serve>;
let port: number;

// Registered after the site's hooks: this runs once the site exists, and its
// afterAll runs before the site's (after-hooks run in reverse), so the server
// stops before the database closes.
beforeAll(async () => {
  const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line)) });
  const app = createApp({ repository: () => site.repository, distDir: site.distDir, logger });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Sends a raw request and counts every byte that comes back: status line, headers and body. */
function send(method: string, target: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = 0;
    socket.on('data', (chunk) => (received += chunk.length));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
    const head = Object.entries({ Host: 'news.test', Connection: 'close', ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`${method} ${target} HTTP/1.1\r\n${head}\r\n`);
  });
}

async function logFor(method: string, target: string, headers?: Record<string, string>) {
  const before = lines.length;
  const received = await send(method, target, headers);
  await expect.poll(() => lines.length).toBeGreaterThan(before);
  return { received, logged: lines.slice(before) };
}

describe('the request log', () => {
  it('writes one JSON line per request with method, path, status, duration and bytes sent', async () => {
    const { received, logged } = await logFor('GET', '/api/articles?q=grid');
    expect(logged).toHaveLength(1);
    const [line] = logged;
    expect(line).toMatchObject({ level: 30, msg: 'request', method: 'GET', path: '/api/articles', status: 200 });
    expect(line.bytes).toBe(received);
    expect(line.ms).toEqual(expect.any(Number));
    expect(line.ms).toBeGreaterThanOrEqual(0);
  });

  it('leaves the query string, which holds what readers search for, out of the line', async () => {
    const { logged } = await logFor('GET', '/api/articles?q=private+words');
    expect(JSON.stringify(logged)).not.toContain('private');
  });

  it('counts a compressed, streamed page as sent, and not the API calls made to render it', async () => {
    const { received, logged } = await logFor('GET', '/news/hospitals-plan-connected-wards', {
      'Accept-Encoding': 'gzip',
    });
    expect(logged).toEqual([expect.objectContaining({ path: '/news/hospitals-plan-connected-wards', status: 200 })]);
    expect(logged[0].bytes).toBe(received);
  });

  it('logs errors with their status', async () => {
    const { received, logged } = await logFor('GET', '/api/nothing-here');
    expect(logged).toEqual([expect.objectContaining({ method: 'GET', path: '/api/nothing-here', status: 404 })]);
    expect(logged[0].bytes).toBe(received);
    const refused = await logFor('POST', '/api/articles', { 'Content-Length': '0' });
    expect(refused.logged).toEqual([expect.objectContaining({ method: 'POST', status: 405 })]);
  });

  it('counts only the head of a HEAD answer', async () => {
    const { received, logged } = await logFor('HEAD', '/api/articles');
    expect(logged).toEqual([expect.objectContaining({ method: 'HEAD', status: 200, bytes: received })]);
    const { received: whole } = await logFor('GET', '/api/articles');
    expect(received).toBeLessThan(whole);
  });
});
