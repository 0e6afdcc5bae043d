import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureArticles } from '../../mocks/data.ts';
import { articleListSchema, articleSchema } from '../../src/shared/contract.ts';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';
import { writeFixtureContent } from '../test/fixture-site.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { formatProblem } from './content-problem.ts';
import { importContent } from './import-content.ts';

const site = useFixtureSite();
const corrected = fixtureArticles.find((article) => article.correction !== undefined)!;

describe('a correction', () => {
  it('is sent with its article, beside the date of the update, and only there', async () => {
    const response = await site.app.request(`/api/articles/${corrected.slug}`);
    const article = articleSchema.parse(await response.json());
    expect(article.correction).toBe(corrected.correction);
    expect(article.updatedAt).toBe(corrected.updated);

    const translation = await (await site.app.request(`/api/articles/${corrected.slug}?lang=zh`)).json();
    expect(translation).not.toHaveProperty('correction');
    const list = await (await site.app.request('/api/articles?topic=digital-health')).json();
    expect(articleListSchema.parse(list).items.map((item) => item.slug)).toContain(corrected.slug);
    expect(list.items.some((item: object) => 'correction' in item)).toBe(false);
  });

  describe('in the front matter', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wiotc-corrections-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const contentDir = path.join(root, 'content');
    const databaseFile = path.join(root, 'news.db');
    beforeAll(() => writeFixtureContent(contentDir, []));
    const write = (name: string, extra: string) =>
      writeFileSync(
        path.join(contentDir, 'articles', `2024-11-20-${name}.md`),
        [
          '---',
          `title: ${name}`,
          'published: 2024-11-20T10:00:00+08:00',
          'forum: energy-session',
          'topics: [standards]',
          'summary: A summary.',
          extra,
          '---',
          '',
          'Some text.',
        ].join('\n'),
      );

    it('is stored trimmed, as plain text', async () => {
      write('corrected', 'correction: "  An earlier version misspelled <b>Malmö</b>.  "');
      const result = await importContent(contentDir, databaseFile, { skipCards: true });
      expect(result.ok).toBe(true);
      const db = openDatabase(databaseFile);
      expect(createArticleRepository(db).getArticle('en', 'corrected')?.correction).toBe(
        'An earlier version misspelled <b>Malmö</b>.',
      );
      db.close();
    });

    it('must say something, briefly; an update must come after the publication', async () => {
      write('empty-correction', 'correction: "   "');
      write('long-correction', `correction: ${'An earlier version was wrong. '.repeat(25)}`);
      write('early-update', 'updated: 2024-11-19T10:00:00+08:00');
      const result = await importContent(contentDir, databaseFile, { skipCards: true });
      expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
        'articles/2024-11-20-early-update.md › updated: the update comes before the publication: check both dates',
        'articles/2024-11-20-empty-correction.md › correction: the correction is empty: leave it out when there is none',
        'articles/2024-11-20-long-correction.md › correction: the correction is longer than 600 characters: keep it to what was wrong and what is right',
      ]);
    });
  });
});
