import { type PlannedPhrase, type SearchPlan, planSearch } from '../../src/shared/search-plan.ts';
import type { WordSegmenter } from '../../src/shared/search-text.ts';
import { createVocabulary } from '../../src/shared/vocabulary.ts';

// A search plan (src/shared/search-plan.ts) as FTS5 MATCH expressions. Every
// token is quoted, so operators, quotes and brackets a reader typed are
// searched as plain text; tokens hold only letters and digits.

const quoted = (tokens: string[], prefix: boolean) => `"${tokens.join(' ')}"${prefix ? '*' : ''}`;

const asTyped = ({ tokens, prefix }: PlannedPhrase) => quoted(tokens, prefix);

function inAnyForm(phrase: PlannedPhrase): string {
  const words = phrase.completions?.length ? [...new Set([...phrase.completions, ...phrase.forms])] : undefined;
  const alternatives = words
    ? words.map((word) => quoted([word], false))
    : [asTyped(phrase), ...phrase.forms.map((form) => quoted([form], false))];
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
}

/** Every match, in any form or as the start of a longer word: what a search finds and highlights. */
export const anyFormExpression = (plan: SearchPlan) => plan.phrases.map(inAnyForm).join(' AND ');

/** The articles holding every phrase as typed, whole: the exact matches, ranked first. */
export const exactExpression = (plan: SearchPlan) =>
  plan.phrases.map((phrase) => quoted(phrase.tokens, phrase.exactAsPrefix)).join(' AND ');

const NO_OTHER_FORMS = createVocabulary([]);

/** A query exactly as typed, cut into words by `segment`; undefined when it has no word to search for. */
export function typedExpression(query: string, segment?: WordSegmenter): string | undefined {
  const plan = planSearch(query, NO_OTHER_FORMS, segment);
  return plan.phrases.length === 0 ? undefined : anyFormExpression(plan);
}
