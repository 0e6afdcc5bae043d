import type { HighlightedText } from '../../src/shared/contract.ts';

// FTS5 highlight() and snippet() wrap matches in these two control characters,
// which cannot occur in article text, so they are read back as ranges and never
// reach the client as markup.
export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

export function toHighlightedText(marked: string): HighlightedText {
  const ranges: [number, number][] = [];
  let text = '';
  let start = -1;
  for (const char of marked) {
    if (char === MATCH_START) start = text.length;
    else if (char === MATCH_END) {
      if (start >= 0 && text.length > start) ranges.push([start, text.length]);
      start = -1;
    } else text += char;
  }
  return { text, ranges };
}
