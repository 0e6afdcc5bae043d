import { withoutTracking } from '../shared/canonical.ts';

/**
 * Links shared with tracking parameters open on the clean URL, so the reader
 * who shares it again passes on no tracking. Only the query of this page's own
 * address changes: its path is never read as a URL of its own (//other.example/x
 * would name another site, which the browser refuses), and if the browser
 * refuses anyway the app starts on the address as it is.
 */
export function dropTrackingParams(): void {
  const clean = withoutTracking(window.location.search);
  if (new URLSearchParams(clean).size === new URLSearchParams(window.location.search).size) return;
  const url = new URL(window.location.href);
  url.search = clean;
  try {
    window.history.replaceState(window.history.state, '', url.href);
  } catch {
    // Only a nicety: nothing is lost by keeping the address the reader came with.
  }
}
