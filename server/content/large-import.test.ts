import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';
import { formatProblem } from './content-problem.ts';
import { importContent } from './import-content.ts';

// Imports of thousands of files are shared among worker threads; this checks
// that path end to end, on generated content.
const root = mkdtempSync(path.join(tmpdir(), 'wiotc-large-'));
const contentDir = path.join(root, 'content');
const databaseFile = path.join(root, 'news.db');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function generate(count: number) {
  const script = path.resolve(import.meta.dirname, '../../scripts/generate-content.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, '--count', String(count), '--out', contentDir]);
  expect(result.status, String(result.stderr)).toBe(0);
}

describe('a large import', () => {
  it('imports every file through the workers', { timeout: 60_000 }, async () => {
    generate(2500);
    const result = await importContent(contentDir, databaseFile, { skipCards: true });
    expect(result).toMatchObject({ ok: true, articleCount: 2500 });
    const db = openDatabase(databaseFile);
    const repository = createArticleRepository(db);
    expect(repository.getArticle('en', 'generated-002500')?.title).toMatch(/\(2500\)$/);
    expect(repository.listArticles({ page: 1, pageSize: 1, q: 'internet' }).total).toBeGreaterThan(2000);
    db.close();
  });

  it('answers a search that reaches its bound with estimates, said as such', () => {
    const db = openDatabase(databaseFile);
    const whole = createArticleRepository(db, { searchLimits: { maxRows: 1_000_000, timeBoundMs: 60_000 } });
    const query = { page: 1, pageSize: 12, q: 'internet' };
    const full = whole.listArticles(query);
    expect(full.estimated).toBeUndefined();

    // Cut by rows: the newest 400 matches are read, the rest estimated from them.
    const bounded = createArticleRepository(db, { searchLimits: { maxRows: 400, timeBoundMs: 60_000 } });
    const estimate = bounded.listArticles(query);
    expect(estimate.estimated).toBe(true);
    expect(Math.abs(estimate.total - full.total) / full.total).toBeLessThan(0.1);
    expect(estimate.items).toHaveLength(12);
    const counts = bounded.listForums(query);
    expect(counts.estimated).toBe(true);
    const exactCounts = new Map(whole.listForums(query).items.map((forum) => [forum.slug, forum.articleCount]));
    for (const forum of counts.items) {
      const exact = exactCounts.get(forum.slug)!;
      expect(Math.abs(forum.articleCount - exact), forum.slug).toBeLessThanOrEqual(Math.max(5, exact * 0.2));
    }
    // Newest first, the pages past what was read continue where the reading stopped.
    const newest = (repository: typeof whole, page: number) =>
      repository.listArticles({ ...query, sort: 'newest', page, pageSize: 50 }).items.map((item) => item.slug);
    expect(newest(bounded, 9)).toEqual(newest(whole, 9));

    // Cut by time: a bound of 0 ms stops at the first look at the clock.
    const hurried = createArticleRepository(db, { searchLimits: { maxRows: 1_000_000, timeBoundMs: 0 } }).listArticles(query);
    expect(hurried.estimated).toBe(true);
    expect(hurried.items).toHaveLength(12);
    expect(Math.abs(hurried.total - full.total) / full.total).toBeLessThan(0.2);
    db.close();
  });

  it('reports the problems found by the workers with their files, in file order', { timeout: 60_000 }, async () => {
    const generated = path.join(contentDir, 'articles', 'generated');
    writeFileSync(path.join(generated, '002', 'broken.md'), '---\ntitle: x\n---\nBody\n');
    // The first file and the last, prepared by different workers: the later one is the duplicate.
    copyFileSync(path.join(generated, '000', 'generated-000001.md'), path.join(generated, '002', 'zz-duplicate.md'));
    const result = await importContent(contentDir, databaseFile, { skipCards: true });
    expect(result.ok).toBe(false);
    const report = result.ok ? [] : result.problems.map(formatProblem);
    expect(report).toContain(
      'articles/generated/002/broken.md › published: use an ISO 8601 date and time with a time zone, like 2023-11-20T09:00:00+08:00',
    );
    expect(report.filter((line) => line.includes(' › slug: '))).toEqual([
      'articles/generated/002/zz-duplicate.md › slug: the slug "generated-000001" is already used by articles/generated/000/generated-000001.md',
    ]);
  });
});
