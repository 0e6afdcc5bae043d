import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoggingServer } from '../server/test/logging-server.ts';
import { useFixtureSite } from '../server/test/use-fixture-site.ts';
import { startLoopbackNginx } from './loopback-nginx.ts';

// deploy/nginx.conf with Debian's nginx, in front of two real portal
// processes on the fixture site, all on 127.0.0.1. Answers may be kept for 2 s
// (CACHE_SECONDS), so that copies go stale within the test. The tests run in
// order and build on each other: the third kills one portal process, the last
// the other.
const site = useFixtureSite();
const CACHE_SECONDS = 2;

type Portal = Awaited<ReturnType<typeof startLoggingServer>>;
let portals: Portal[];
let nginx: Awaited<ReturnType<typeof startLoopbackNginx>>;

const PAGES = ['/', '/forums/opening-ceremony', '/topics/digital-economy', '/search?q=grid', '/api/articles'];

beforeAll(async () => {
  portals = await Promise.all(
    [0, 1].map(() =>
      startLoggingServer({
        DATABASE_FILE: site.databaseFile,
        DIST_DIR: site.distDir,
        SEARCH_WORKERS: '0',
        CACHE_SECONDS: String(CACHE_SECONDS),
      }),
    ),
  );
  await Promise.all(portals.map((portal) => portal.waitForLines('is running at')));
  nginx = await startLoopbackNginx(portals.map((portal) => portal.port));
}, 60_000);
afterAll(async () => {
  await nginx?.stop();
  for (const portal of portals ?? []) portal.kill();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${nginx.base}${path}`, { headers });
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// nginx counts a copy's time in whole seconds: one more, and it is surely past.
const untilStale = () => settle((CACHE_SECONDS + 1.2) * 1000);

describe('the portal behind deploy/nginx.conf', { timeout: 60_000 }, () => {
  it('passes the portal’s security headers and Brotli through, on fresh answers and kept ones', async () => {
    for (const expected of ['MISS', 'HIT']) {
      const response = await get('/', { 'Accept-Encoding': 'br' });
      expect(response.status).toBe(200);
      expect(response.headers.get('X-Cache-Status')).toBe(expected);
      expect(response.headers.get('Content-Encoding')).toBe('br');
      expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(await response.text()).toContain('<div id="root">');
    }
  });

  it('keeps no error answer, and no page that does not exist', async () => {
    for (const path of ['/api/articles?page=0', '/topics/no-such-topic']) {
      for (let count = 0; count < 2; count += 1)
        expect((await get(path)).headers.get('X-Cache-Status'), path).toBe('MISS');
    }
  });

  it('loses no request when a portal process dies in the middle of a load run', async () => {
    let counter = 0;
    // Half the requests name a new URL each time, so they reach the portal processes rather than the cache.
    const nextPath = () => {
      counter += 1;
      const path = PAGES[counter % PAGES.length];
      return counter % 2 === 0 ? path : `${path}${path.includes('?') ? '&' : '?'}x=${counter}`;
    };
    const failures: string[] = [];
    const run = new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: nginx.base,
          connections: 20,
          duration: 6,
          timeout: 5,
          requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      instance.on('reqError', (error: Error) => failures.push(error.message));
    });
    await settle(2000);
    const [victim] = portals;
    victim.child.kill('SIGKILL');
    const result = await run;
    console.log(
      `nginx fault test: ${result.requests.total} requests, ${result.non2xx} not 2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
    // Should one fail, nginx's own account of it.
    expect({ failures, nginx: failures.length > 0 ? nginx.errorLog() : '' }).toEqual({ failures: [], nginx: '' });
    expect(result.requests.total).toBeGreaterThan(500);
    expect({ non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts }).toEqual({
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });
    // The survivor took the rest: requests reached it after the other died.
    expect(portals[1].lines('request').length).toBeGreaterThan(100);
  });

  it('serves a stale copy at once while it asks again with the ETag, and the portal answers 304', async () => {
    const [, survivor] = portals;
    await get('/forums/opening-ceremony');
    await untilStale();
    const before = survivor.lines('request').length;
    const stale = await get('/forums/opening-ceremony');
    expect(stale.status).toBe(200);
    expect(stale.headers.get('X-Cache-Status')).toBe('STALE');
    // The copy is brought up to date in the background, by a revalidation.
    await expect
      .poll(() =>
        survivor.log
          .slice(before)
          .filter((line) => line.path === '/forums/opening-ceremony')
          .map((line) => line.status),
      )
      .toContain(304);
    await expect.poll(async () => (await get('/forums/opening-ceremony')).headers.get('X-Cache-Status')).toBe('HIT');
  });

  it('still answers what it has kept when every portal process is down', async () => {
    // Every copy fresh, and none being brought up to date, when the last portal process dies.
    for (const path of PAGES)
      await expect.poll(async () => (await get(path)).headers.get('X-Cache-Status')).toBe('HIT');
    portals[1].child.kill('SIGKILL');
    await portals[1].exited;
    await untilStale();
    const outcomes = await Promise.all(
      PAGES.map(async (path) => {
        const response = await get(path);
        // UPDATING is a stale copy too, served while nginx waits for an update of it.
        const stale = ['STALE', 'UPDATING'].includes(response.headers.get('X-Cache-Status') ?? '');
        return { path, status: response.status, stale };
      }),
    );
    console.log(
      `nginx with every portal down: ${outcomes.filter((outcome) => outcome.stale).length} of ${PAGES.length} served stale`,
    );
    expect(outcomes).toEqual(PAGES.map((path) => ({ path, status: 200, stale: true })));
    // What was never kept cannot be served.
    expect((await get('/topics/never-asked-for')).status).toBe(502);
  });
});
