import { UNTRANSLATED_PARAM } from '../../src/shared/languages.ts';
import { listSearch, readListParams } from '../../src/shared/list-params.ts';

/**
 * A page's URL as the app reads it: its path, and only the parameters the
 * pages read, in one order and spelling (`page=01` is `page=1`, a mangled one
 * is left out). Any other parameter (a tracking tag, `x=random`) changes
 * nothing on the page, so pages that differ only by one are rendered once
 * and shared.
 */
export function pageUrl(url: URL): URL {
  const search = new URLSearchParams(listSearch(readListParams(url.searchParams)));
  if (url.searchParams.get(UNTRANSLATED_PARAM) === '1') search.set(UNTRANSLATED_PARAM, '1');
  const query = search.toString();
  // A copy with another query, never `new URL(path, origin)`: a path such as //other.example/x would change the host.
  const shown = new URL(url);
  shown.search = query;
  return shown;
}
