import type { Lang } from './languages.ts';

// The convention publishes in Beijing time, and every reader sees that time
// whatever their own time zone and browser language. China keeps UTC+8 all
// year, so the offset is fixed, and the text is built by hand so that the
// server and every browser write exactly the same characters.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function beijingParts(iso: string) {
  const time = new Date(Date.parse(iso) + BEIJING_OFFSET_MS);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    year: time.getUTCFullYear(),
    month: time.getUTCMonth(),
    day: time.getUTCDate(),
    clock: `${pad(time.getUTCHours())}:${pad(time.getUTCMinutes())}`,
  };
}

/** "20 November 2023, 09:00" or "2023年11月20日 09:00", in Beijing time. */
export function formatBeijingDateTime(iso: string, lang: Lang): string {
  const { year, month, day, clock } = beijingParts(iso);
  return lang === 'zh' ? `${year}年${month + 1}月${day}日 ${clock}` : `${day} ${MONTHS[month]} ${year}, ${clock}`;
}

/** The convention year an article belongs to: the year of its publication in Beijing time. */
export function beijingYear(iso: string): number {
  return beijingParts(iso).year;
}

/** A year in Beijing time as [start, end) in epoch milliseconds, for range reads of a date index. */
export function beijingYearRange(year: number): { start: number; end: number } {
  return { start: Date.UTC(year, 0, 1) - BEIJING_OFFSET_MS, end: Date.UTC(year + 1, 0, 1) - BEIJING_OFFSET_MS };
}
