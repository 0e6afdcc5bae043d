import { useLang } from '../lib/messages-context.tsx';
import { formatBeijingDateTime } from '../shared/beijing-time.ts';

/** A publication time as the convention gives it, in Beijing time: the same on the server and in every browser. */
export function NewsDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatBeijingDateTime(iso, useLang())}</time>;
}
