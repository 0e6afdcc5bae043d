const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Turns whatever a reader typed into a safe FTS5 MATCH expression. Every word
 * is quoted, so operators, quotes and brackets are searched as plain text; the
 * last word also matches as a prefix, so results follow the reader's typing.
 * Returns undefined when the text has no word to search for.
 */
export function ftsMatchExpression(query: string): string | undefined {
  const words = query.normalize('NFC').match(WORD);
  if (!words) return undefined;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}
