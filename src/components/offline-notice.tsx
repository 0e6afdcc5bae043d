import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Says plainly when the device is offline, and what still works. */
export function OfflineNotice() {
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  return (
    <div className="offline-notice" role="status">
      {!online && (
        <p>
          <strong>You are offline.</strong> Articles you have already opened are still available; the rest will load
          when you are back online.
        </p>
      )}
    </div>
  );
}
