import type { HighlightedText } from '../src/shared/contract.ts';
import { type QueryPhrase, foldWidth, queryPhrases, searchTokens } from '../src/shared/search-text.ts';

// A small stand-in for the server's full-text search with the same visible
// rules, from the same tokens (src/shared/search-text.ts): tokens are compared
// without case, width or diacritics, every phrase must appear as consecutive
// tokens, and a prefix phrase's last token may be the start of a token.

const EXCERPT_TOKENS = 24;

export const fold = (word: string) => foldWidth(word).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function queryWords(query: string): QueryPhrase[] {
  return queryPhrases(query).map(({ tokens, prefix }) => ({ tokens: tokens.map(fold), prefix }));
}

const tokensOf = (text: string) =>
  searchTokens(foldWidth(text)).map((token) => ({ ...token, folded: fold(token.text) }));
type FoldedToken = ReturnType<typeof tokensOf>[number];

function phraseAt(tokens: FoldedToken[], at: number, { tokens: words, prefix }: QueryPhrase): boolean {
  return words.every((word, k) => {
    const token = tokens[at + k]?.folded;
    return token !== undefined && (prefix && k === words.length - 1 ? token.startsWith(word) : token === word);
  });
}

/** Where each phrase occurs, as [first token, token after the last]. */
function occurrences(tokens: FoldedToken[], phrases: QueryPhrase[]): [number, number][] {
  return tokens.flatMap((_, at) =>
    phrases
      .filter((phrase) => phraseAt(tokens, at, phrase))
      .map((phrase): [number, number] => [at, at + phrase.tokens.length]),
  );
}

export function textContainsAll(text: string, phrases: QueryPhrase[]): boolean {
  const tokens = tokensOf(text);
  return phrases.every((phrase) => tokens.some((_, at) => phraseAt(tokens, at, phrase)));
}

export function highlight(text: string, phrases: QueryPhrase[]): HighlightedText {
  const tokens = tokensOf(text);
  const ranges = occurrences(tokens, phrases).map(([from, to]): [number, number] => [
    tokens[from].start,
    tokens[to - 1].end,
  ]);
  return { text, ranges };
}

/** A window of the body around its first match, marked like the server's snippet. */
export function excerpt(body: string, phrases: QueryPhrase[]): HighlightedText {
  const all = tokensOf(body);
  const first = occurrences(all, phrases)[0]?.[0] ?? 0;
  const from = Math.max(0, first - 4);
  const to = Math.min(all.length, from + EXCERPT_TOKENS);
  const start = from === 0 ? 0 : all[from].start;
  const end = to >= all.length ? body.length : all[to - 1].end;
  const prefix = start > 0 ? '…' : '';
  const text = `${prefix}${body.slice(start, end)}${end < body.length ? '…' : ''}`;
  return highlight(text, phrases);
}

/** Weighted like the server's bm25 columns: title 10, summary 4, body 1. */
export function score(title: string, summary: string, body: string, phrases: QueryPhrase[]): number {
  const count = (text: string) => occurrences(tokensOf(text), phrases).length;
  return count(title) * 10 + count(summary) * 4 + count(body);
}
