/** One word of the query that was searched instead, and whether the correction changed it. */
export type CorrectedWord = { text: string; changed: boolean };

export type Correction = {
  /** The typed words that no article contains, as typed. */
  missing: string;
  words: CorrectedWord[];
};

const wordsOf = (text: string) => text.split(/\s+/).filter((word) => word !== '');
// The search ignores case, so "Grid" corrected to "grid" is no change to point out.
const folded = (words: string[]) => new Set(words.map((word) => word.toLocaleLowerCase()));

/**
 * Compares what the reader typed with the query the server searched instead,
 * word by word, so the page can name the words that found nothing and
 * emphasize their replacements.
 */
export function compareCorrection(typed: string, corrected: string): Correction {
  const typedWords = wordsOf(typed);
  const correctedWords = wordsOf(corrected);
  const typedSet = folded(typedWords);
  const correctedSet = folded(correctedWords);
  const missing = typedWords.filter((word) => !correctedSet.has(word.toLocaleLowerCase()));
  return {
    // A correction that moved words around rather than replacing any still
    // found nothing for what was typed: name all of it.
    missing: (missing.length > 0 ? missing : typedWords).join(' '),
    words: correctedWords.map((text) => ({ text, changed: !typedSet.has(text.toLocaleLowerCase()) })),
  };
}
