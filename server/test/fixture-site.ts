import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { type FixtureArticle, fixtureArticles, fixtureForums, fixtureTopics } from '../../mocks/data.ts';
import { createApp } from '../app.ts';
import { formatProblem } from '../content/content-problem.ts';
import { importContent } from '../content/import-content.ts';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';

export function articleFile(article: FixtureArticle): string {
  const { body, ...front } = article;
  return `---\n${stringify(front)}---\n\n${body}\n`;
}

/** 2023-11-20-some-title.md, or 2023-11-20-some-title.zh.md for a translation that keeps its original's slug. */
export function fixtureFileName(article: FixtureArticle): string {
  const suffix = article.lang && article.lang !== 'en' ? `.${article.lang}` : '';
  return `${article.published.slice(0, 10)}-${article.slug}${suffix}.md`;
}

/** Writes the MSW fixtures out as a content folder, the way an editor would. */
export function writeFixtureContent(contentDir: string, articles: FixtureArticle[] = fixtureArticles): void {
  mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
  const taxonomy = (entries: typeof fixtureForums) =>
    stringify(Object.fromEntries(entries.map(({ slug, ...rest }) => [slug, rest])));
  writeFileSync(path.join(contentDir, 'forums.yaml'), taxonomy(fixtureForums));
  writeFileSync(path.join(contentDir, 'topics.yaml'), taxonomy(fixtureTopics));
  for (const article of articles) {
    writeFileSync(path.join(contentDir, 'articles', fixtureFileName(article)), articleFile(article));
  }
}

/** A stand-in for the built index.html, with the head region the server fills in. */
export const APP_SHELL = [
  '<!doctype html><html lang="en"><head><meta charset="UTF-8" />',
  '<!--page-head--><title>WIOTC News Center</title><!--/page-head-->',
  '<script type="module" src="/assets/entry-abc123.js"></script></head>',
  '<body><div id="root"></div></body></html>',
].join('\n');

function writeAppShell(distDir: string): void {
  mkdirSync(path.join(distDir, 'assets'), { recursive: true });
  writeFileSync(path.join(distDir, 'index.html'), APP_SHELL);
  writeFileSync(path.join(distDir, 'assets', 'entry-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
}

export type FixtureSiteOptions = {
  articles?: FixtureArticle[];
  publicUrl?: string;
  /** Imports this content folder as it is, instead of writing out the fixtures. */
  contentDir?: string;
};

export type FixtureSite = Awaited<ReturnType<typeof createFixtureSite>>;

/** A temporary folder with the fixture content imported into a real SQLite database. */
export async function createFixtureSite({
  articles = fixtureArticles,
  publicUrl,
  contentDir,
}: FixtureSiteOptions = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'wiotc-test-'));
  const content = contentDir ?? path.join(root, 'content');
  const databaseFile = path.join(root, 'data', 'news.db');
  const distDir = path.join(root, 'dist');
  if (!contentDir) writeFixtureContent(content, articles);
  writeAppShell(distDir);
  const result = await importContent(content, databaseFile);
  if (!result.ok) throw new Error(`fixture import failed: ${result.problems.map(formatProblem).join('\n')}`);
  const db = openDatabase(databaseFile);
  const repository = createArticleRepository(db);
  const app = createApp({ repository: () => repository, distDir, publicUrl });
  return {
    root,
    contentDir: content,
    databaseFile,
    distDir,
    app,
    repository,
    close: () => {
      db.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
