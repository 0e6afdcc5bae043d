// Whether the portal can be reached. navigator.onLine alone is not enough: a
// page the service worker answered from its cache may start with onLine still
// true though the network is gone. Such a page asks the server once, cheaply;
// a network failure then counts as offline until the browser is back online.
let unreachable = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function subscribeToConnectivity(onChange: () => void): () => void {
  listeners.add(onChange);
  const backOnline = () => {
    unreachable = false;
    notify();
  };
  window.addEventListener('online', backOnline);
  window.addEventListener('offline', notify);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('online', backOnline);
    window.removeEventListener('offline', notify);
  };
}

export const isOnline = (): boolean => navigator.onLine && !unreachable;

/** For pages the service worker served: one request past it, to find out whether the network is there. */
export function checkConnectivity(): void {
  if (!navigator.serviceWorker?.controller) return;
  fetch('/healthz', { method: 'HEAD', cache: 'no-store' }).then(
    () => undefined,
    () => {
      unreachable = true;
      notify();
    },
  );
}
