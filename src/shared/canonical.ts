import { listSearch, readListParams } from './list-params.ts';
import { PAGES, type PageMatch, matchPage, pagePath } from './pages.ts';

// The one URL each page is known by: the page's own path from the route table
// plus only the query parameters that change what the page shows, read and
// written by the same parser the app uses. Tracking parameters (utm_*,
// fbclid, ...), defaults, values the page ignores and other spellings of the
// same address (%78 for x, page=01, a trailing slash) are dropped. Shared by
// the server's <head> and the client.

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/**
 * A path that names no page, in one spelling (RFC 3986, 6.2.2): percent-encoded
 * letters, digits and -._~ decoded, other escapes in capitals, runs of slashes
 * made one, so that it can never read as another host (//other.example).
 */
export function normalisePath(pathname: string): string {
  const decoded = pathname.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const character = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(character) ? character : escape.toUpperCase();
  });
  return `/${decoded.replace(/^[/\\]+/, '')}`.replace(/\/{2,}/g, '/');
}

/** A path that could not be read as percent-encoded text: its page cannot be trusted to be the one it names. */
function isWellFormed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The path of the page a URL shows, written by the route table from its decoded parameters. */
function pagePathOf({ id, params, lang }: PageMatch): string {
  const given = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return pagePath(id, Object.fromEntries(given), lang);
}

export function canonicalPath(
  pathname: string,
  search: string,
  // Given by a caller that has matched the path already: matching twice would warn twice about a malformed one.
  match: PageMatch | undefined = matchPage(pathname),
): string {
  if (!match || !isWellFormed(pathname)) return normalisePath(pathname);
  const known: readonly string[] = PAGES[match.id].query;
  const shown = Object.entries(readListParams(new URLSearchParams(search))).filter(([name]) => known.includes(name));
  return `${pagePathOf(match)}${listSearch(Object.fromEntries(shown))}`;
}

/**
 * An absolute URL on `origin` (which has no path). Never `new URL(path, origin)`:
 * a path such as //other.example/x would take the URL to another host.
 */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin}/${path.replace(/^[/\\]+/, '')}`;
}

const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref_src)$/i;

/** The query string without the parameters that only trackers care about. */
export function withoutTracking(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (TRACKING.test(name)) params.delete(name);
  const query = params.toString();
  return query ? `?${query}` : '';
}
