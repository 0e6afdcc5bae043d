import { createContext, use } from 'react';
import { useBrowserValue } from './use-browser-value.ts';

/**
 * The origin the server made absolute links with (its PUBLIC_URL, or the host
 * it was asked at): given to the server's render, and to hydration from the
 * page's data, so that both write the same share links.
 */
export const RenderedOriginContext = createContext('');

/**
 * The origin of links the app makes: this page's own. Never one read from the
 * document (a canonical link, say), which a crafted address could have pointed
 * at another site.
 */
export function publicOrigin(): string {
  return window.location.origin;
}

/**
 * Absolute links' origin in components: the server's while it renders and
 * while the browser hydrates that HTML, so that the two match; this page's own after.
 */
export function usePublicOrigin(): string {
  return useBrowserValue(publicOrigin, use(RenderedOriginContext));
}
