import { type WordSegmenter, icuJoinedWords, queryPhrases } from '../../src/shared/search-text.ts';

/**
 * Turns whatever a reader typed into a safe FTS5 MATCH expression. Every token
 * is quoted, so operators, quotes and brackets are searched as plain text. Each
 * typed run is one phrase of its tokens (a Chinese run is cut into words the
 * way the index was, see src/shared/search-text.ts); the last phrase, and any
 * Chinese one, also match as a prefix. Returns undefined when the text has no
 * word to search for.
 */
export function ftsMatchExpression(query: string, segment: WordSegmenter = icuJoinedWords): string | undefined {
  const phrases = queryPhrases(query, segment);
  if (phrases.length === 0) return undefined;
  return phrases.map(({ tokens, prefix }) => `"${tokens.join(' ')}"${prefix ? '*' : ''}`).join(' ');
}
