/** A publication date, e.g. "20 November 2023", by default in the reader's own language and time zone. */
export function formatDate(iso: string, { locale, timeZone }: { locale?: string; timeZone?: string } = {}): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(
    new Date(iso),
  );
}
