import { type QueryPhrase, type WordSegmenter, foldWord, icuJoinedWords, queryPhrases } from './search-text.ts';
import type { Vocabulary } from './vocabulary.ts';

// What a reader's query asks the index for, decided the same way by the server
// (server/search/fts-expression.ts) and the mocks: each phrase as typed (the
// last one also as the start of a word, as the reader may still be typing), and
// a lone English word also in its other indexed forms. An article that holds
// every phrase as typed, whole, is an exact match and ranks above one that
// needs another form or a longer word (city before cities, grid before grids).

export type PlannedPhrase = QueryPhrase & {
  /** Other indexed forms of a phrase that is one unquoted English word: cities for city. */
  forms: string[];
  /**
   * Whether an exact match may extend the phrase: Chinese words compound
   * (开幕 in 开幕式), but grids is not grid as typed, only a word it starts.
   */
  exactAsPrefix: boolean;
  /**
   * The indexed words an English word still being typed may complete to,
   * when they are few: the index finds a short list of words faster than a
   * prefix it holds no entry for (it keeps entries for prefixes of 2 to 4
   * letters, see server/db/schema.ts).
   */
  completions?: string[];
};

// Prefixes up to this long have entries of their own in the index.
const INDEXED_PREFIX_LENGTH = 4;
const MAX_COMPLETIONS = 40;

const HAN = /\p{sc=Han}/u;

export type SearchPlan = { phrases: PlannedPhrase[]; hasForms: boolean };

export function planSearch(query: string, vocabulary: Vocabulary, segment: WordSegmenter = icuJoinedWords): SearchPlan {
  const phrases = queryPhrases(query, segment).map((phrase): PlannedPhrase => {
    const tokens = phrase.tokens.map(foldWord);
    const oneWord = !phrase.quoted && tokens.length === 1;
    const forms = oneWord ? vocabulary.forms(tokens[0]) : [];
    const exactAsPrefix = phrase.prefix && HAN.test(phrase.text);
    const completions =
      oneWord && phrase.prefix && !exactAsPrefix && tokens[0].length > INDEXED_PREFIX_LENGTH
        ? vocabulary.completions(tokens[0], MAX_COMPLETIONS)
        : undefined;
    return { ...phrase, tokens, forms, exactAsPrefix, ...(completions && { completions }) };
  });
  return { phrases, hasForms: phrases.some((phrase) => phrase.forms.length > 0) };
}

/** Whether no article can hold this word: not as typed, not in another form, and (still being typed) not as a start. */
function isUnknown(word: string, phrase: PlannedPhrase, vocabulary: Vocabulary): boolean {
  if (vocabulary.docs(word) > 0) return false;
  if (phrase.prefix && vocabulary.hasPrefix(word)) return false;
  return phrase.forms.length === 0;
}

// Each correction compares the word with the indexed words of about its
// length; a query of many unknown words gets its first few corrected.
const MAX_CORRECTIONS = 4;

/**
 * The query with each word that no article holds replaced by the indexed
 * word it most likely meant, or undefined when nothing needs or allows a
 * correction. Quoted phrases stay quoted.
 */
export function correctSpelling(plan: SearchPlan, vocabulary: Vocabulary): string | undefined {
  let corrected = false;
  let attempts = 0;
  const phrases = plan.phrases.map((phrase) => {
    const tokens = phrase.tokens.map((word) => {
      if (attempts === MAX_CORRECTIONS || !isUnknown(word, phrase, vocabulary)) return word;
      attempts++;
      const correction = vocabulary.correction(word);
      if (correction) corrected = true;
      return correction ?? word;
    });
    const text = tokens.some((word, index) => word !== phrase.tokens[index]) ? tokens.join(' ') : phrase.text;
    return phrase.quoted ? `"${text}"` : text;
  });
  return corrected ? phrases.join(' ') : undefined;
}
