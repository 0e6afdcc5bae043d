import { stemmer } from 'stemmer';

// English words are found in all their forms: city finds cities, connect finds
// connected and connectivity. A word's forms are the indexed words with the
// same Porter stem (see vocabulary.ts); other scripts are searched as typed.

const LATIN_WORD = /^[a-z]{3,}$/;

/** The stem of a folded (lower-case, unaccented) English word; undefined for anything else. */
export function stemOf(word: string): string | undefined {
  return LATIN_WORD.test(word) ? stemmer(word) : undefined;
}
