// An HTTP date as servers send it today ("Wed, 21 Oct 2026 07:28:00 GMT"); a
// looser test would let Date.parse read "2.5" as the 5th of February.
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Reads a Retry-After header, which HTTP allows as a number of seconds or as
 * a date, as seconds from `now`; undefined when it is missing or unreadable.
 */
export function readRetryAfter(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  if (!HTTP_DATE.test(value)) return undefined;
  return Math.max(0, Math.ceil((Date.parse(value) - now) / 1000));
}
