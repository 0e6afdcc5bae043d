import path from 'node:path';
import { existsSync } from 'node:fs';
import { type Redirect, collectRedirects } from './collect-redirects.ts';
import type { ContentProblem } from './content-problem.ts';
import { readLastChanges } from './last-changes.ts';
import { listArticleFiles } from './list-article-files.ts';
import { type LinkedArticle, linkTranslations } from './link-translations.ts';
import { loadTaxonomy, type TaxonomyEntry } from './load-taxonomy.ts';
import { prepareArticles } from './prepare-articles.ts';
import { type ImageCounts, createImageProcessor } from './image-processor.ts';

export type LoadedContent = {
  forums: TaxonomyEntry[];
  topics: TaxonomyEntry[];
  articles: LinkedArticle[];
  redirects: Redirect[];
};

/**
 * Reads the whole content folder and gathers every problem in it, not just
 * the first, and as warnings the files it leaves out and what the bodies
 * lose (markup the sanitizer removes, links that name no video).
 */
export async function loadContent(
  contentDir: string,
  /** The database this content replaces: the images it holds are reused where their files have not changed. */
  { previousDatabase }: { previousDatabase?: string } = {},
): Promise<{ content: LoadedContent; problems: ContentProblem[]; warnings: ContentProblem[]; images: ImageCounts }> {
  const problems: ContentProblem[] = [];
  const forums = loadTaxonomy(contentDir, 'forums.yaml', problems);
  const topics = loadTaxonomy(contentDir, 'topics.yaml', problems);
  const known = { forums: new Set(forums.map((f) => f.slug)), topics: new Set(topics.map((t) => t.slug)) };

  const articlesDir = path.join(contentDir, 'articles');
  if (!existsSync(articlesDir)) problems.push({ file: 'articles/', message: 'the articles folder is missing' });
  const { files, skipped } = existsSync(articlesDir) ? listArticleFiles(contentDir) : { files: [], skipped: [] };

  const images = createImageProcessor(previousDatabase);
  const lastChanges = readLastChanges(contentDir);
  const prepared = await prepareArticles(contentDir, files, known, problems, lastChanges, images).finally(images.close);
  // Files with problems take part too, so that one run reports what is wrong across files as well.
  const identified = prepared.flatMap(({ identity }, index) => (identity ? [{ article: identity, file: files[index] }] : []));
  const groups = linkTranslations(identified, problems);
  // Drafts are checked like the rest and stored for their preview, never
  // shown to readers; their former slugs do not redirect.
  const drafts = prepared.flatMap(({ article }, index) => (article?.draft ? [files[index]] : []));
  const redirects = collectRedirects(
    identified.filter(({ file }) => !drafts.includes(file)),
    problems,
  );
  const articles = prepared.flatMap(({ article }, index) => {
    const translationGroup = groups.get(files[index]);
    return article && translationGroup ? [{ ...article, translationGroup }] : [];
  });
  const draftNotices = drafts.map((file) => ({
    file,
    field: 'draft',
    message: `a draft: checked, not published, shown only at its preview URL (${
      /(^|\/)drafts\//.test(file) ? 'move it out of drafts/' : 'remove draft: true'
    } to publish it)`,
  }));
  if (problems.length === 0 && articles.every((article) => article.draft)) {
    problems.push({ file: 'articles/', message: 'there are no articles to publish' });
  }
  return {
    content: { forums, topics, articles, redirects },
    problems,
    warnings: [...skipped, ...draftNotices, ...prepared.flatMap(({ warnings = [] }) => warnings)],
    images: images.counts,
  };
}
