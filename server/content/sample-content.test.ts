import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../config.ts';
import { type ArticleRepository, createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';
import { formatProblem } from './content-problem.ts';
import { importContent } from './import-content.ts';

// The content that ships with the portal must import cleanly and cover what
// the portal promises readers: every edition, many forums and topics.

const root = mkdtempSync(path.join(tmpdir(), 'wiotc-sample-'));
const databaseFile = path.join(root, 'news.db');
let repository: ArticleRepository;
let close: () => void;

beforeAll(async () => {
  const result = await importContent(config.contentDir, databaseFile);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const db = openDatabase(databaseFile);
  repository = createArticleRepository(db);
  close = () => db.close();
});
afterAll(() => {
  close?.();
  rmSync(root, { recursive: true, force: true });
});

const everything = () => repository.listArticles({ page: 1, pageSize: 50 }).items;

describe('the shipped content', () => {
  it('has the seed article and at least 40 samples over every edition from 2016 to 2025', () => {
    const articles = everything();
    expect(articles.length).toBeGreaterThanOrEqual(41);
    const years = new Set(articles.map((article) => article.publishedAt.slice(0, 4)));
    expect([...years].sort()).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('uses at least 6 forums and 15 topics', () => {
    expect(repository.listForums().filter((forum) => forum.articleCount > 0).length).toBeGreaterThanOrEqual(6);
    expect(repository.listTopics().filter((topic) => topic.articleCount > 0).length).toBeGreaterThanOrEqual(15);
  });

  it('finds the seed article first when searching for Guterres, or the start of his name', () => {
    for (const q of ['Guterres', 'guter', 'António Guterres', 'antonio']) {
      const [first] = repository.listArticles({ page: 1, pageSize: 12, q }).items;
      expect(first.slug, q).toBe('world-internet-of-things-convention-2023-kicked-off-in-beijing');
    }
  });

  it('keeps the seed article text as written', () => {
    const seed = repository.getArticle('world-internet-of-things-convention-2023-kicked-off-in-beijing')!;
    expect(seed.title).toBe('The World Internet of Things Convention 2023 Kicked off in Beijing');
    expect(seed.publishedAt.slice(0, 10)).toBe('2023-11-20');
    expect(seed.bodyHtml.match(/<p>/g)).toHaveLength(8);
    expect(seed.bodyHtml).toContain('“New Internet of Things, New Economy, New Era”');
  });
});
