import path from 'node:path';
import { existsSync } from 'node:fs';
import { type Redirect, collectRedirects } from './collect-redirects.ts';
import type { ContentProblem } from './content-problem.ts';
import { readLastChanges } from './last-changes.ts';
import { listArticleFiles } from './list-article-files.ts';
import { type LinkedArticle, linkTranslations } from './link-translations.ts';
import { loadTaxonomy, type TaxonomyEntry } from './load-taxonomy.ts';
import { prepareArticles } from './prepare-articles.ts';

export type LoadedContent = {
  forums: TaxonomyEntry[];
  topics: TaxonomyEntry[];
  articles: LinkedArticle[];
  redirects: Redirect[];
};

/**
 * Reads the whole content folder and gathers every problem in it, not just
 * the first, and as warnings the files it leaves out.
 */
export async function loadContent(
  contentDir: string,
): Promise<{ content: LoadedContent; problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const forums = loadTaxonomy(contentDir, 'forums.yaml', problems);
  const topics = loadTaxonomy(contentDir, 'topics.yaml', problems);
  const known = { forums: new Set(forums.map((f) => f.slug)), topics: new Set(topics.map((t) => t.slug)) };

  const articlesDir = path.join(contentDir, 'articles');
  if (!existsSync(articlesDir)) problems.push({ file: 'articles/', message: 'the articles folder is missing' });
  const { files, skipped } = existsSync(articlesDir) ? listArticleFiles(contentDir) : { files: [], skipped: [] };

  const prepared = await prepareArticles(contentDir, files, known, problems, readLastChanges(contentDir));
  // Files with problems take part too, so that one run reports what is wrong across files as well.
  const identified = prepared.flatMap(({ identity }, index) => (identity ? [{ article: identity, file: files[index] }] : []));
  const groups = linkTranslations(identified, problems);
  // Drafts are checked like the rest, and left out of what is published, their redirects too.
  const drafts = prepared.flatMap(({ article }, index) => (article?.draft ? [files[index]] : []));
  const redirects = collectRedirects(
    identified.filter(({ file }) => !drafts.includes(file)),
    problems,
  );
  const articles = prepared.flatMap(({ article }, index) => {
    const translationGroup = groups.get(files[index]);
    return article && !article.draft && translationGroup ? [{ ...article, translationGroup }] : [];
  });
  const draftNotices = drafts.map((file) => ({
    file,
    field: 'draft',
    message: 'a draft: checked, not published (remove draft: true to publish it)',
  }));
  if (problems.length === 0 && articles.length === 0) {
    problems.push({ file: 'articles/', message: 'there are no articles to publish' });
  }
  return { content: { forums, topics, articles, redirects }, problems, warnings: [...skipped, ...draftNotices] };
}
