import { type KnownWord, closestKnownWord, typosAllowed } from './spelling.ts';
import { stemOf } from './word-forms.ts';

/**
 * The words an index holds, folded as the index folds them, with how many
 * articles hold each: what a search expands into other forms of a word and
 * corrects misspellings from. The server reads it from the full-text index,
 * the mocks from their fixtures, so both follow the same rules.
 */
export type Vocabulary = {
  /** In how many articles the word appears; 0 for a word no article holds. */
  docs(word: string): number;
  /** Whether some indexed word starts with `prefix`. */
  hasPrefix(prefix: string): boolean;
  /** The indexed words that start with `prefix`, or undefined when there are more than `max`. */
  completions(prefix: string, max: number): string[] | undefined;
  /** The other indexed forms of an English word (same stem), most common first. */
  forms(word: string): string[];
  /** The indexed word a misspelled word most likely meant. */
  correction(word: string): string | undefined;
};

// Beyond this many forms a stem is too general to be one word's family.
const MAX_FORMS = 12;

export function createVocabulary(entries: Iterable<KnownWord>): Vocabulary {
  const docsByTerm = new Map<string, number>();
  const formsByStem = new Map<string, KnownWord[]>();
  const latinByLength: KnownWord[][] = [];
  for (const entry of entries) {
    docsByTerm.set(entry.term, entry.docs);
    const stem = stemOf(entry.term);
    if (stem === undefined) continue;
    const forms = formsByStem.get(stem);
    if (forms) forms.push(entry);
    else formsByStem.set(stem, [entry]);
    (latinByLength[entry.term.length] ??= []).push(entry);
  }
  for (const forms of formsByStem.values()) forms.sort((a, b) => b.docs - a.docs);
  const sortedTerms = [...docsByTerm.keys()].sort();

  /** Where `prefix` is, or would be, in the sorted words. */
  function firstAtOrAfter(prefix: string): number {
    let low = 0;
    let high = sortedTerms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sortedTerms[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  function completions(prefix: string, max: number): string[] | undefined {
    const found: string[] = [];
    for (let at = firstAtOrAfter(prefix); sortedTerms[at]?.startsWith(prefix); at++) {
      if (found.length === max) return undefined;
      found.push(sortedTerms[at]);
    }
    return found;
  }

  function* wordsNearInLength(word: string): Iterable<KnownWord> {
    const max = typosAllowed(word);
    for (let length = word.length - max; length <= word.length + max; length++) {
      yield* latinByLength[length] ?? [];
    }
  }

  return {
    docs: (word) => docsByTerm.get(word) ?? 0,
    hasPrefix: (prefix) => sortedTerms[firstAtOrAfter(prefix)]?.startsWith(prefix) ?? false,
    completions,
    forms(word) {
      const stem = stemOf(word);
      const forms = stem === undefined ? [] : (formsByStem.get(stem) ?? []);
      return forms
        .filter((form) => form.term !== word)
        .slice(0, MAX_FORMS)
        .map((form) => form.term);
    },
    correction: (word) => (stemOf(word) === undefined ? undefined : closestKnownWord(word, wordsNearInLength(word))),
  };
}
