import type { HighlightedText } from '../../src/shared/contract.ts';
import { SEPARATOR } from '../../src/shared/search-text.ts';

// What the full-text index itself marks as matched, for tests that hold the
// site's own marking (src/shared/search-matching.ts) against it. FTS5
// highlight() and snippet() wrap matches in these two control characters,
// which cannot occur in article text, so they are read back as ranges.
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/**
 * Reads highlight() or snippet() output as text and ranges. The separators
 * the index put between Chinese words are dropped, so the text is the article's
 * and each range covers whole tokens of it.
 */
export function toHighlightedText(marked: string): HighlightedText {
  const ranges: [number, number][] = [];
  let text = '';
  let start = -1;
  for (const char of marked) {
    if (char === MATCH_START) start = text.length;
    else if (char === MATCH_END) {
      if (start >= 0 && text.length > start) ranges.push([start, text.length]);
      start = -1;
    } else if (char !== SEPARATOR) text += char;
  }
  return { text, ranges };
}
