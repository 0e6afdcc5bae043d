import type { HighlightedText } from '../src/shared/contract.ts';

// A small stand-in for the server's full-text search with the same visible
// rules: words are compared without case or diacritics, every word must
// appear, and the last one may be the start of a word.

const WORD = /[\p{L}\p{N}]+/gu;
const EXCERPT_WORDS = 24;

export const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function queryWords(query: string): string[] {
  return (query.normalize('NFC').match(WORD) ?? []).map(fold);
}

function matches(word: string, queryWord: string, isLast: boolean) {
  const folded = fold(word);
  return isLast ? folded.startsWith(queryWord) : folded === queryWord;
}

function matchingWords(text: string, words: string[]) {
  return [...text.matchAll(WORD)].filter((found) =>
    words.some((queryWord, index) => matches(found[0], queryWord, index === words.length - 1)),
  );
}

export function textContainsAll(text: string, words: string[]): boolean {
  const found = matchingWords(text, words).map((match) => fold(match[0]));
  return words.every((queryWord, index) =>
    found.some((word) => (index === words.length - 1 ? word.startsWith(queryWord) : word === queryWord)),
  );
}

export function highlight(text: string, words: string[]): HighlightedText {
  const ranges = matchingWords(text, words).map((match): [number, number] => [
    match.index,
    match.index + match[0].length,
  ]);
  return { text, ranges };
}

/** A window of the body around its first match, marked like the server's snippet. */
export function excerpt(body: string, words: string[]): HighlightedText {
  const all = [...body.matchAll(WORD)];
  const first = Math.max(
    0,
    all.findIndex((found) => matchingWords(found[0], words).length > 0),
  );
  const from = Math.max(0, first - 4);
  const to = Math.min(all.length, from + EXCERPT_WORDS);
  const start = from === 0 ? 0 : all[from].index;
  const end = to >= all.length ? body.length : all[to - 1].index + all[to - 1][0].length;
  const prefix = start > 0 ? '…' : '';
  const text = `${prefix}${body.slice(start, end)}${end < body.length ? '…' : ''}`;
  return highlight(text, words);
}

/** Weighted like the server's bm25 columns: title 10, summary 4, body 1. */
export function score(title: string, summary: string, body: string, words: string[]): number {
  return (
    matchingWords(title, words).length * 10 +
    matchingWords(summary, words).length * 4 +
    matchingWords(body, words).length
  );
}
