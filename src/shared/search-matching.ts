import type { HighlightedText } from './contract.ts';
import type { PlannedPhrase } from './search-plan.ts';
import { SEPARATOR, type Token, type WordSegmenter, foldWidth, foldWord, searchTokens } from './search-text.ts';

// Where a search plan (search-plan.ts) matches a text, token by token, the way
// the full-text index matches it: the same tokens (search-text.ts), compared
// without case, width or diacritics; a phrase as consecutive tokens, the
// prefix phrase's last token as the start of one, and a lone English word in
// any of its forms. The server marks its results with it, and the mocks also
// search with it.

const EXCERPT_TOKENS = 24;

export type FoldedToken = Token & { folded: string };

/** A text's tokens, with their offsets and folded as the index folds them. */
export const tokensOf = (text: string): FoldedToken[] =>
  searchTokens(foldWidth(text)).map((token) => ({ ...token, folded: foldWord(token.text) }));

const runsAsTheyAre: WordSegmenter = (run) => [run];

/**
 * The tokens of a text as the index stored it (indexableText), with offsets
 * in the text without its separators. The separators already cut Chinese into
 * the index's words, so nothing is segmented again: segmenting costs about a
 * millisecond per paragraph of Chinese.
 */
export function storedTokens(stored: string): FoldedToken[] {
  const tokens = searchTokens(stored, runsAsTheyAre);
  let separators = 0;
  let position = 0;
  return tokens.map((token) => {
    for (; position < token.start; position++) if (stored[position] === SEPARATOR) separators++;
    return {
      ...token,
      start: token.start - separators,
      end: token.end - separators,
      folded: foldWord(token.text),
    };
  });
}

function asTypedAt(tokens: FoldedToken[], at: number, phrase: PlannedPhrase, whole = false): boolean {
  const { tokens: words } = phrase;
  const prefix = whole ? phrase.exactAsPrefix : phrase.prefix;
  return words.every((word, k) => {
    const token = tokens[at + k]?.folded;
    return token !== undefined && (prefix && k === words.length - 1 ? token.startsWith(word) : token === word);
  });
}

const inAnyFormAt = (tokens: FoldedToken[], at: number, phrase: PlannedPhrase) =>
  asTypedAt(tokens, at, phrase) || phrase.forms.includes(tokens[at].folded);

/** Where each phrase occurs in any form, as [first token, token after the last]. */
export function occurrences(tokens: FoldedToken[], phrases: PlannedPhrase[]): [number, number][] {
  return tokens.flatMap((_, at) =>
    phrases
      .filter((phrase) => inAnyFormAt(tokens, at, phrase))
      .map((phrase): [number, number] => [at, at + (asTypedAt(tokens, at, phrase) ? phrase.tokens.length : 1)]),
  );
}

export function textContainsAll(text: string, phrases: PlannedPhrase[]): boolean {
  const tokens = tokensOf(text);
  return phrases.every((phrase) => tokens.some((_, at) => inAnyFormAt(tokens, at, phrase)));
}

/** Whether the text holds every phrase as typed, whole: an exact match, which ranks first. */
export function textContainsAllAsTyped(text: string, phrases: PlannedPhrase[]): boolean {
  const tokens = tokensOf(text);
  return phrases.every((phrase) => tokens.some((_, at) => asTypedAt(tokens, at, phrase, true)));
}

/** The text with every match marked, from its tokens (tokensOf or storedTokens). */
export function highlight(text: string, phrases: PlannedPhrase[], tokens = tokensOf(text)): HighlightedText {
  const ranges = occurrences(tokens, phrases).map(([from, to]): [number, number] => [
    tokens[from].start,
    tokens[to - 1].end,
  ]);
  return { text, ranges };
}

/** A window of the body around its first match, marked, from its tokens (tokensOf or storedTokens). */
export function excerpt(body: string, phrases: PlannedPhrase[], all = tokensOf(body)): HighlightedText {
  const first = all.findIndex((_, at) => phrases.some((phrase) => inAnyFormAt(all, at, phrase)));
  const from = Math.max(0, first - 4);
  const to = Math.min(all.length, from + EXCERPT_TOKENS);
  const start = from === 0 ? 0 : all[from].start;
  const end = to >= all.length ? body.length : all[to - 1].end;
  const prefix = start > 0 ? '…' : '';
  const text = `${prefix}${body.slice(start, end)}${end < body.length ? '…' : ''}`;
  // Only the window's tokens are marked, shifted to where they are in the excerpt.
  const window = all.slice(from, to);
  const shift = prefix.length - start;
  const ranges = occurrences(window, phrases).map(([first, after]): [number, number] => [
    window[first].start + shift,
    window[after - 1].end + shift,
  ]);
  return { text, ranges };
}
