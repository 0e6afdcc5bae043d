import { LANGS, type Lang } from '../../src/shared/languages.ts';

/** The language a query keeps to; undefined reads every language. */
export type Scope = Lang | undefined;

/**
 * A condition on a `lang` column that an index starting with lang can use:
 * one language is bound as @lang; every language is the list of all of them
 * (our own constants, never input), which SQLite looks up one by one.
 */
export function langCondition(scope: Scope, column = 'lang'): string {
  return scope ? `${column} = @lang` : `${column} IN (${LANGS.map((lang) => `'${lang}'`).join(', ')})`;
}

/** Orders rows of every language by date from each language's own index: merges the first `@window` of each. */
export function mergeLanguages(perLanguage: (lang: Lang) => string, orderBy: string): string {
  const parts = LANGS.map((lang) => `SELECT * FROM (${perLanguage(lang)} LIMIT @window)`);
  return `SELECT id FROM (${parts.join(' UNION ALL ')}) ORDER BY ${orderBy}`;
}
