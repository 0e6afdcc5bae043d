import { keepVisitForOffline } from './offline-pages.ts';

// The service worker only matters for later visits, so it is set up once the
// page has loaded and the browser has had a moment to settle: installing it
// downloads and stores the app's files, which should not slow the first visit.
const SETTLE_MS = 3000;

/**
 * Registers the offline service worker in production builds. Tests and
 * `npm run dev` run without it, so it never stands between the app and MSW
 * or the dev server.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
    void navigator.serviceWorker.ready.then(keepVisitForOffline);
  };
  const whenSettled = () =>
    setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(register) : register()), SETTLE_MS);
  if (document.readyState === 'complete') whenSettled();
  else window.addEventListener('load', whenSettled, { once: true });
}
