import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_HEADER_BYTES } from './http/request-guards.ts';
import { useFixtureSite } from './test/use-fixture-site.ts';

const site = useFixtureSite();

const SAMPLE_URLS = [
  '/',
  '/news/hospitals-plan-connected-wards',
  '/news/no-such-article',
  '/api/articles',
  '/api/articles?page=0',
  '/assets/no-such-page',
  '/media/generated/v2/energy-session/grid-operators-share-outage-data.svg',
  '/feed.xml',
  '/robots.txt',
];

// The policies, written out: a change to any of them should be a decision, seen in review.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://player.bilibili.com',
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
// A cover SVG opened on its own: nothing in it may run.
const MEDIA_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
const PERMISSIONS =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), clipboard-write=(self)';

describe('security headers', () => {
  it.each(SAMPLE_URLS)('%s carries a strict policy and the other security headers', async (url) => {
    const response = await site.app.request(url);
    const csp = response.headers.get('content-security-policy');
    expect(csp).toBe(url.startsWith('/media/') ? MEDIA_POLICY : PAGE_POLICY);
    expect(csp).not.toMatch(/unsafe-inline'?[^;]*script|unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toBe(PERMISSIONS);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    // Covers and cards are meant to be shown by feed readers and link previews elsewhere.
    expect(response.headers.get('cross-origin-resource-policy')).toBeNull();
    // HTTPS, and so HSTS, is the deployment's decision.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('keeps the headers on answers that ask nothing of the app: 304, 405 and 404', async () => {
    const first = await site.app.request('/api/articles');
    const notModified = await site.app.request('/api/articles', {
      headers: { 'If-None-Match': first.headers.get('etag')! },
    });
    const refused = await site.app.request('/api/articles', { method: 'POST' });
    const missing = await site.app.request('/media/covers/nothing.svg');
    expect([notModified.status, refused.status, missing.status]).toEqual([304, 405, 404]);
    for (const response of [notModified, refused, missing]) {
      expect(response.headers.get('content-security-policy')).toBe(PAGE_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
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

  it.each(['/api/articles', '/news/hospitals-plan-connected-wards', '/feed.xml'])(
    'answers HEAD %s like GET, without a body',
    async (url) => {
      const get = await site.app.request(url);
      const head = await site.app.request(url, { method: 'HEAD' });
      expect(head.status).toBe(get.status);
      expect(head.status).toBe(200);
      for (const name of ['content-type', 'cache-control', 'etag', 'content-security-policy']) {
        expect(head.headers.get(name), name).toBe(get.headers.get(name));
      }
      expect((await get.text()).length).toBeGreaterThan(0);
      expect(await head.text()).toBe('');
    },
  );

  it('refuses an oversized URL with 414', async () => {
    const response = await site.app.request(`/api/articles?q=${'a'.repeat(5000)}`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 414, detail: 'The address is longer than 4096 characters.' });
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
    '/media/generated/v2/x/..%2f..%2fpackage.svg',
    '/..%2fserver%2fconfig.ts',
  ])('path traversal %s reads no file outside the build', async (url) => {
    const response = await site.app.request(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('wiotc-news-center');
    expect(body).not.toContain('root:x:0:0');
  });
});
