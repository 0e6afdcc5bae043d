import type { Context } from 'hono';

/** What absolute URLs (canonical links, link previews, feeds, the sitemap, robots.txt) are made from. */
export type OriginSettings = {
  /** PUBLIC_URL: the one origin, whatever a request says. */
  publicUrl?: string;
  /** ALLOWED_HOSTS: without PUBLIC_URL, the hosts a request may name; others get the first. */
  allowedHosts?: readonly string[];
};

// Answers already marked, so that a route asking twice says `Vary: Host` once.
const varyingByHost = new WeakSet<Context>();

/**
 * The origin of the absolute URLs in an answer. Without PUBLIC_URL it is the
 * one the request was sent to, which the Host header says, so the answer then
 * says `Vary: Host` for caches, and a host outside ALLOWED_HOSTS is replaced
 * by the first one listed rather than copied into the page.
 */
export function requestOrigin(c: Context, { publicUrl, allowedHosts = [] }: OriginSettings): string {
  if (publicUrl) return publicUrl;
  if (!varyingByHost.has(c)) {
    varyingByHost.add(c);
    c.header('Vary', 'Host', { append: true });
  }
  const { protocol, host, hostname, origin } = new URL(c.req.url);
  // An entry without a port allows the host on any port.
  if (allowedHosts.length === 0 || allowedHosts.includes(host) || allowedHosts.includes(hostname)) return origin;
  return `${protocol}//${allowedHosts[0]}`;
}

/**
 * The line logged at startup when a production server takes its absolute URLs
 * from whatever Host each request names; undefined when it need not worry.
 */
export function originWarning({ production, publicUrl, allowedHosts = [] }: OriginSettings & { production: boolean }) {
  if (!production || publicUrl || allowedHosts.length > 0) return undefined;
  return (
    'PUBLIC_URL is not set: canonical links, link previews, feeds, the sitemap and robots.txt take their ' +
    'address from the Host header of each request. Set PUBLIC_URL=https://your.site ' +
    '(or ALLOWED_HOSTS=your.site,localhost to keep answering on several names).'
  );
}
