import { type PlannedPhrase, planSearch } from '../src/shared/search-plan.ts';
import { occurrences, tokensOf } from '../src/shared/search-matching.ts';
import { type Vocabulary, createVocabulary } from '../src/shared/vocabulary.ts';

// The mocks search with the server's own rules (src/shared/search-plan.ts and
// search-matching.ts); what they add is a vocabulary of their fixtures and a
// stand-in for bm25.

/** The vocabulary of these texts: each folded word and how many of the texts hold it. */
export function vocabularyOf(texts: string[]): Vocabulary {
  const docs = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(tokensOf(text).map((token) => token.folded))) docs.set(word, (docs.get(word) ?? 0) + 1);
  }
  return createVocabulary([...docs].map(([term, count]) => ({ term, docs: count })));
}

const NO_WORDS = createVocabulary([]);

/** A query's phrases, with the other forms of its words that `vocabulary` holds. */
export function queryWords(query: string, vocabulary: Vocabulary = NO_WORDS): PlannedPhrase[] {
  return planSearch(query, vocabulary).phrases;
}

/** Weighted like the server's bm25 columns: title 10, summary 4, body 1, forum and topic names 5. */
export function score(
  { title, summary, body, tags }: { title: string; summary: string; body: string; tags: string },
  phrases: PlannedPhrase[],
): number {
  const count = (text: string) => occurrences(tokensOf(text), phrases).length;
  return count(title) * 10 + count(summary) * 4 + count(body) + count(tags) * 5;
}
