import { useSyncExternalStore } from 'react';
import { isOnline, subscribeToConnectivity } from '../lib/connectivity.ts';
import { useMessages } from '../lib/messages-context.tsx';

/** Says plainly when the device is offline, and what still works. */
export function OfflineNotice() {
  const { offline } = useMessages();
  const online = useSyncExternalStore(subscribeToConnectivity, isOnline, () => true);
  return (
    <div className="offline-notice" role="status">
      {!online && (
        <p>
          <strong>{offline.title}</strong> {offline.text}
        </p>
      )}
    </div>
  );
}
