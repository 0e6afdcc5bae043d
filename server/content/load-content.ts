import path from 'node:path';
import { existsSync } from 'node:fs';
import type { ContentProblem } from './content-problem.ts';
import { listMarkdownFiles } from './list-markdown-files.ts';
import { loadTaxonomy, type TaxonomyEntry } from './load-taxonomy.ts';
import type { PreparedArticle } from './prepare-article.ts';
import { prepareArticles } from './prepare-articles.ts';

export type LoadedContent = {
  forums: TaxonomyEntry[];
  topics: TaxonomyEntry[];
  articles: PreparedArticle[];
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

  const articles: PreparedArticle[] = [];
  const fileBySlug = new Map<string, string>();
  const prepared = await prepareArticles(contentDir, files, known, problems);
  for (const [index, article] of prepared.entries()) {
    const file = files[index];
    if (!article) continue;
    const other = fileBySlug.get(article.slug);
    if (other) {
      problems.push({ file, field: 'slug', message: `the slug "${article.slug}" is already used by ${other}` });
      continue;
    }
    fileBySlug.set(article.slug, file);
    articles.push(article);
  }
  if (problems.length === 0 && articles.length === 0) {
    problems.push({ file: 'articles/', message: 'there are no articles to publish' });
  }
  return { content: { forums, topics, articles }, problems };
}
