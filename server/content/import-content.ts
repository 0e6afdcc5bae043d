import type { ContentProblem } from './content-problem.ts';
import { attachSocialCards } from './attach-social-cards.ts';
import { loadContent } from './load-content.ts';
import { readPreviousAddresses } from './previous-addresses.ts';
import { slugChangeWarnings } from './slug-change-warnings.ts';
import { writeDatabase } from './write-database.ts';

/** Warnings do not stop an import: skipped files, and old addresses that would stop working. */
export type ImportResult = { warnings: ContentProblem[] } & (
  | { ok: true; articleCount: number; forumCount: number; topicCount: number; cardsRendered: number }
  | { ok: false; problems: ContentProblem[] }
);

/** Validates the content folder and, only if all of it is valid, replaces the database. */
export type ImportOptions = {
  /** Leave out preview cards (for large synthetic archives); previews then use the site's card. */
  skipCards?: boolean;
};

export async function importContent(
  contentDir: string,
  databaseFile: string,
  { skipCards = false }: ImportOptions = {},
): Promise<ImportResult> {
  const { content, problems, warnings } = await loadContent(contentDir);
  if (problems.length > 0) return { ok: false, problems, warnings };
  warnings.push(...slugChangeWarnings(readPreviousAddresses(databaseFile), content));
  const cards = skipCards ? { rendered: 0 } : await attachSocialCards(content, databaseFile);
  writeDatabase(databaseFile, content);
  return {
    cardsRendered: cards.rendered,
    ok: true,
    articleCount: content.articles.length,
    forumCount: content.forums.length,
    topicCount: content.topics.length,
    warnings,
  };
}
