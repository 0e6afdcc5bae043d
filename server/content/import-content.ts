import type { ContentProblem } from './content-problem.ts';
import { attachSocialCards } from './attach-social-cards.ts';
import { loadContent } from './load-content.ts';
import { writeDatabase } from './write-database.ts';

export type ImportResult =
  | { ok: true; articleCount: number; forumCount: number; topicCount: number; cardsRendered: number }
  | { ok: false; problems: ContentProblem[] };

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
  const { content, problems } = await loadContent(contentDir);
  if (problems.length > 0) return { ok: false, problems };
  const cards = skipCards ? { rendered: 0 } : await attachSocialCards(content, databaseFile);
  writeDatabase(databaseFile, content);
  return {
    cardsRendered: cards.rendered,
    ok: true,
    articleCount: content.articles.length,
    forumCount: content.forums.length,
    topicCount: content.topics.length,
  };
}
