import path from 'node:path';
import { existsSync } from 'node:fs';
import type { ContentProblem } from './content-problem.ts';
import { listMarkdownFiles } from './list-markdown-files.ts';
import { type LinkedArticle, linkTranslations } from './link-translations.ts';
import { loadTaxonomy, type TaxonomyEntry } from './load-taxonomy.ts';
import { prepareArticles } from './prepare-articles.ts';

export type LoadedContent = {
  forums: TaxonomyEntry[];
  topics: TaxonomyEntry[];
  articles: LinkedArticle[];
};

/** Reads the whole content folder and gathers every problem in it, not just the first. */
export async function loadContent(
  contentDir: string,
): Promise<{ content: LoadedContent; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const forums = loadTaxonomy(contentDir, 'forums.yaml', problems);
  const topics = loadTaxonomy(contentDir, 'topics.yaml', problems);
  const known = { forums: new Set(forums.map((f) => f.slug)), topics: new Set(topics.map((t) => t.slug)) };

  const articlesDir = path.join(contentDir, 'articles');
  if (!existsSync(articlesDir)) problems.push({ file: 'articles/', message: 'the articles folder is missing' });
  const files = existsSync(articlesDir)
    ? listMarkdownFiles(articlesDir).map((file) => path.join('articles', file))
    : [];

  const prepared = await prepareArticles(contentDir, files, known, problems);
  const filed = prepared.flatMap((article, index) => (article ? [{ article, file: files[index] }] : []));
  const articles = linkTranslations(filed, problems);
  if (problems.length === 0 && articles.length === 0) {
    problems.push({ file: 'articles/', message: 'there are no articles to publish' });
  }
  return { content: { forums, topics, articles }, problems };
}
