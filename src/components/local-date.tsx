import { formatDate } from '../lib/format-date.ts';
import { useHydrated } from '../lib/use-hydrated.ts';

/**
 * A date in the reader's language and time zone. The server, which knows
 * neither, writes it in English and UTC; the browser rewrites it once hydrated.
 */
export function LocalDate({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  return (
    <time dateTime={iso}>{hydrated ? formatDate(iso) : formatDate(iso, { locale: 'en-US', timeZone: 'UTC' })}</time>
  );
}
