import { useMessages } from '../lib/messages-context.tsx';
import { useOnline } from '../lib/use-online.ts';

/** Says plainly when the device is offline, and what still works. */
export function OfflineNotice() {
  const { offline } = useMessages();
  const online = useOnline();
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
