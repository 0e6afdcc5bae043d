// The one URL each page is known by: the path plus only the query parameters
// that change what the page shows. Tracking parameters (utm_*, fbclid, ...)
// and defaults are dropped. Shared by the server's <head> and the client.

const MEANINGFUL: Record<string, string[]> = {
  '/': ['page'],
  '/search': ['q', 'forum', 'topic', 'page'],
  forums: ['topic', 'page'],
  topics: ['forum', 'page'],
};

function keptParameters(pathname: string): string[] {
  if (pathname.startsWith('/forums/')) return MEANINGFUL.forums;
  if (pathname.startsWith('/topics/')) return MEANINGFUL.topics;
  return MEANINGFUL[pathname] ?? [];
}

export function canonicalPath(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const name of keptParameters(pathname)) {
    const value = params.get(name)?.trim();
    if (value && !(name === 'page' && value === '1')) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `${pathname}?${query}` : pathname;
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src)$/i;

/** The query string without the parameters that only trackers care about. */
export function withoutTracking(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (TRACKING.test(name)) params.delete(name);
  const query = params.toString();
  return query ? `?${query}` : '';
}
