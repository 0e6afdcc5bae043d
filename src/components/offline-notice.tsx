import { useSyncExternalStore } from 'react';
import { isOnline, subscribeToConnectivity } from '../lib/connectivity.ts';

/** Says plainly when the device is offline, and what still works. */
export function OfflineNotice() {
  const online = useSyncExternalStore(subscribeToConnectivity, isOnline, () => true);
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
