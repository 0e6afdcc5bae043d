import { PAGES, matchPage } from './pages.ts';

// The one URL each page is known by: the path plus only the query parameters
// that change what the page shows (from the route table). Tracking parameters
// (utm_*, fbclid, ...) and defaults are dropped. Shared by the server's <head>
// and the client.

export function canonicalPath(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  const page = matchPage(pathname);
  for (const name of page ? PAGES[page.id].query : []) {
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
