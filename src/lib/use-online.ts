import { useSyncExternalStore } from 'react';
import { isOnline, subscribeToConnectivity } from './connectivity.ts';

/** Whether the portal can be reached; true on the server. */
export const useOnline = (): boolean => useSyncExternalStore(subscribeToConnectivity, isOnline, () => true);
