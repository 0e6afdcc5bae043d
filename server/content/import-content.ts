import type { ContentProblem } from './content-problem.ts';
import { attachSocialCards } from './attach-social-cards.ts';
import type { ImageCounts } from './image-processor.ts';
import { loadContent } from './load-content.ts';
import { readPreviousAddresses } from './previous-addresses.ts';
import { slugChangeWarnings } from './slug-change-warnings.ts';
import { visibleFromMs, writeDatabase } from './write-database.ts';
import { previewKey, readPreviewSecret } from './preview-keys.ts';
import type { Lang } from '../../src/shared/languages.ts';

/** An article readers cannot see yet: a draft, or scheduled for a later time. */
export type HeldArticle = { file: string; lang: Lang; slug: string; draft: boolean; publishedAt: string; previewKey: string };

/** Warnings do not stop an import: skipped files, and old addresses that would stop working. */
export type ImportResult = { warnings: ContentProblem[] } & (
  | {
      ok: true;
      articleCount: number;
      forumCount: number;
      topicCount: number;
      cardsRendered: number;
      /** Editors' images encoded by this import, and reused from the previous database. */
      images: ImageCounts;
      held: HeldArticle[];
    }
  | { ok: false; problems: ContentProblem[] }
);

/** Validates the content folder and, only if all of it is valid, replaces the database. */
export type ImportOptions = {
  /** Leave out preview cards (for large synthetic archives); previews then use the site's card. */
  skipCards?: boolean;
  /** The import's time (tests); what is published later than this is held back until its time. */
  now?: number;
  /** PREVIEW_SECRET; without it, the secret kept beside the database (preview-keys.ts). */
  previewSecret?: string;
};

export async function importContent(
  contentDir: string,
  databaseFile: string,
  { skipCards = false, now = Date.now(), previewSecret }: ImportOptions = {},
): Promise<ImportResult> {
  const { content, problems, warnings, images } = await loadContent(contentDir, { previousDatabase: databaseFile });
  if (problems.length > 0) return { ok: false, problems, warnings };
  warnings.push(...slugChangeWarnings(readPreviousAddresses(databaseFile), content));
  const cards = skipCards ? { rendered: 0, problems: [] } : await attachSocialCards(content, databaseFile);
  if (cards.problems.length > 0) return { ok: false, problems: cards.problems, warnings };
  const secret = readPreviewSecret(databaseFile, previewSecret);
  writeDatabase(databaseFile, content, { now, previewSecret: secret });
  // In the order they appear, then by file.
  const held = content.articles
    .filter((article) => visibleFromMs(article) > now)
    .sort((a, b) => visibleFromMs(a) - visibleFromMs(b) || a.sourceFile.localeCompare(b.sourceFile))
    .map(({ sourceFile, lang, slug, draft, publishedAt }) => ({
      file: sourceFile,
      lang,
      slug,
      draft,
      publishedAt,
      previewKey: previewKey(secret, lang, slug),
    }));
  return {
    held,
    cardsRendered: cards.rendered,
    images,
    ok: true,
    articleCount: content.articles.length,
    forumCount: content.forums.length,
    topicCount: content.topics.length,
    warnings,
  };
}
