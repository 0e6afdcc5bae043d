import type { Lang } from '../../src/shared/languages.ts';

/**
 * What the checks across files need to know of an article: its address, the
 * addresses it had before and the original it translates. It is known even
 * when something else in the file is wrong, so one run finds a duplicate slug
 * in a file that also lacks a summary.
 */
export type ArticleIdentity = { lang: Lang; slug: string; translationOf?: string; formerSlugs: string[] };

export type FiledIdentity = { file: string; article: ArticleIdentity };
