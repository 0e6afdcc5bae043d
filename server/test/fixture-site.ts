import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { type FixtureArticle, fixtureArticles, fixtureForums, fixtureTopics } from '../../mocks/data.ts';
import { createApp } from '../app.ts';
import { importContent } from '../content/import-content.ts';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';

export function articleFile(article: FixtureArticle): string {
  const { body, ...front } = article;
  return `---\n${stringify(front)}---\n\n${body}\n`;
}

/** Writes the MSW fixtures out as a content folder, the way an editor would. */
export function writeFixtureContent(contentDir: string): void {
  mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
  const taxonomy = (entries: typeof fixtureForums) =>
    stringify(Object.fromEntries(entries.map(({ slug, ...rest }) => [slug, rest])));
  writeFileSync(path.join(contentDir, 'forums.yaml'), taxonomy(fixtureForums));
  writeFileSync(path.join(contentDir, 'topics.yaml'), taxonomy(fixtureTopics));
  for (const article of fixtureArticles) {
    writeFileSync(
      path.join(contentDir, 'articles', `${article.published.slice(0, 10)}-${article.slug}.md`),
      articleFile(article),
    );
  }
}

/** A temporary folder with the fixture content imported into a real SQLite database. */
export async function createFixtureSite() {
  const root = mkdtempSync(path.join(tmpdir(), 'wiotc-test-'));
  const contentDir = path.join(root, 'content');
  const databaseFile = path.join(root, 'data', 'news.db');
  writeFixtureContent(contentDir);
  const result = await importContent(contentDir, databaseFile);
  if (!result.ok) throw new Error(`fixture import failed: ${JSON.stringify(result.problems)}`);
  const db = openDatabase(databaseFile);
  const repository = createArticleRepository(db);
  const app = createApp({ repository: () => repository, distDir: path.join(root, 'dist') });
  return {
    root,
    contentDir,
    databaseFile,
    app,
    repository,
    close: () => {
      db.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
