/**
 * Registers the offline service worker in production builds, once the page
 * has loaded. Tests and `npm run dev` run without it, so it never stands
 * between the app and MSW or the dev server.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
