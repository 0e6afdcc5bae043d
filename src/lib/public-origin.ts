import { useHydrated } from './use-hydrated.ts';

let cached: string | undefined;

/**
 * The portal's public origin. The server writes it into the canonical link of
 * the first page (from PUBLIC_URL, when set); otherwise it is this page's origin.
 */
export function publicOrigin(): string {
  if (cached) return cached;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  try {
    cached = canonical ? new URL(canonical).origin : window.location.origin;
  } catch {
    cached = window.location.origin;
  }
  return cached;
}

/** The public origin once hydrated; '' on the server and during hydration, where links stay relative. */
export function usePublicOrigin(): string {
  return useHydrated() ? publicOrigin() : '';
}
