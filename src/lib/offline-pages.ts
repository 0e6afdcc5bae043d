import { matchPage } from '../shared/pages.ts';
import { OFFLINE_CACHES } from './offline-caches.ts';

// The service worker only sees the navigations and API requests made after it
// took control, so the page fills in what it could not see: the visit that
// installed it, and the articles opened inside the app, which are never
// navigations of their own.

const seen = new Set<string>();
let workerReady = false;

const sameOriginApi = (url: string) => {
  const { origin, pathname } = new URL(url);
  return origin === window.location.origin && pathname.startsWith('/api/');
};

async function store(cacheName: string, urls: Iterable<string>) {
  if (!('caches' in window)) return;
  const cache = await caches.open(cacheName);
  await Promise.all(
    [...urls].map(async (url) => {
      if (await cache.match(url)) return;
      // A failed fetch only means this page is not kept; nothing to tell the reader.
      await cache.add(url).catch(() => undefined);
    }),
  );
}

const pageUrl = (location: { pathname: string; search: string }) =>
  `${window.location.origin}${location.pathname}${location.search}`;

/** Keeps an article the reader opened for reading offline. */
export function keepPageForOffline(location: { pathname: string; search: string }) {
  if (matchPage(location.pathname)?.id !== 'article') return;
  const url = pageUrl(location);
  seen.add(url);
  if (workerReady) void store(OFFLINE_CACHES.pages, [url]);
}

/** Once the service worker is active: stores the pages and API answers of the visit so far. */
export function keepVisitForOffline() {
  workerReady = true;
  seen.add(pageUrl(window.location));
  const answers = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter(sameOriginApi);
  void store(OFFLINE_CACHES.pages, seen);
  void store(OFFLINE_CACHES.api, new Set(answers));
}
