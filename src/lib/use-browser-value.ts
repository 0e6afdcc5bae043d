import { useSyncExternalStore } from 'react';

const unchanging = () => () => {};

/**
 * A value only the browser knows (the reader's languages, the page's own
 * origin): `onServer` while the server renders and while the browser hydrates
 * that HTML, so that hydration matches it exactly; `inBrowser()` afterwards.
 * A component draws again after hydration only where the two differ, so a
 * page whose values agree with the server's hydrates without a second pass.
 */
export function useBrowserValue<T>(inBrowser: () => T, onServer: T): T {
  return useSyncExternalStore(unchanging, inBrowser, () => onServer);
}
