import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_HEADER_BYTES } from './http/request-guards.ts';
import { createFixtureSite } from './test/fixture-site.ts';

let site: Awaited<ReturnType<typeof createFixtureSite>>;
beforeAll(async () => {
  site = await createFixtureSite();
});
afterAll(() => site.close());

const SAMPLE_URLS = [
  '/',
  '/news/hospitals-plan-connected-wards',
  '/news/no-such-article',
  '/api/articles',
  '/api/articles?page=0',
  '/assets/entry-abc123.js',
  '/media/generated/v1/energy-session/grid-operators-share-outage-data.svg',
  '/feed.xml',
  '/robots.txt',
];

describe('security headers', () => {
  it.each(SAMPLE_URLS)('%s carries a strict policy and the other security headers', async (url) => {
    const response = await site.app.request(url);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src '(self|none)'/);
    if (!url.startsWith('/media/')) {
      for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"]) {
        expect(csp).toContain(directive);
      }
    }
    expect(csp).not.toMatch(/unsafe-inline'?[^;]*script|unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('web-share=(self)');
  });
});

describe('requests the portal refuses', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('%s gets 405 with the methods allowed', async (method) => {
    for (const url of ['/', '/api/articles', '/news/hospitals-plan-connected-wards', '/feed.xml']) {
      const response = await site.app.request(url, { method });
      expect(response.status, `${method} ${url}`).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await site.app.request('/api/articles', { method: 'HEAD' });
    expect(response.status).toBe(200);
  });

  it('refuses an oversized URL with 414', async () => {
    const response = await site.app.request(`/api/articles?q=${'a'.repeat(5000)}`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('refuses oversized headers with 431', async () => {
    const server = serve({
      fetch: site.app.fetch,
      port: 0,
      hostname: '127.0.0.1',
      serverOptions: { maxHeaderSize: MAX_HEADER_BYTES },
    });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const status = await new Promise<number>((resolve, reject) => {
      request(
        { host: '127.0.0.1', port, path: '/', headers: { 'X-Filler': 'x'.repeat(MAX_HEADER_BYTES + 1024) } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    await new Promise((resolve) => server.close(resolve));
    expect(status).toBe(431);
  });

  it.each([
    '/assets/../package.json',
    '/assets/%2e%2e/package.json',
    '/assets/%252e%252e/package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/media/../../package.json',
    '/media/generated/v1/x/..%2f..%2fpackage.svg',
    '/..%2fserver%2fconfig.ts',
  ])('path traversal %s reads no file outside the build', async (url) => {
    const response = await site.app.request(url);
    expect([404]).toContain(response.status);
    const body = await response.text();
    expect(body).not.toContain('wiotc-news-center');
    expect(body).not.toContain('root:x:0:0');
  });
});
