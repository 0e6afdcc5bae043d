import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticles } from '../../mocks/data.ts';
import { createApp } from '../app.ts';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';
import { fixtureFileName } from '../test/fixture-site.ts';
import { importAgain } from '../test/import-again.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// A draft is checked like any article and published nowhere: not as a page,
// not in lists, counts, search, feeds or the sitemap, and its former slugs
// do not redirect to it.

const site = useFixtureSite({ fresh: true });
const PORTS = fixtureArticles.find((fixture) => fixture.slug === 'ports-track-containers-in-real-time')!;
const file = path.join('articles', fixtureFileName(PORTS));

function addToFrontMatter(lines: string) {
  const full = path.join(site.contentDir, file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(/^---\n/, `---\n${lines}\n`));
}

function published(slug: string) {
  const db = new Database(site.databaseFile, { readonly: true });
  const found = {
    article: db.prepare("SELECT count(*) AS n FROM articles WHERE slug = ? AND lang = 'en'").get(slug),
    redirects: db.prepare("SELECT count(*) AS n FROM article_redirects WHERE old_slug = 'ports-old'").get(),
    searchable: db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'quays'").get(),
  };
  db.close();
  return found;
}

describe('a draft', () => {
  it('is checked, reported as a draft, and published nowhere', async () => {
    expect(published(PORTS.slug)).toMatchObject({ article: { n: 1 }, searchable: { n: 1 } });
    addToFrontMatter('draft: true\nformerSlugs: [ports-old]');
    expect(await importAgain(site)).toEqual({
      ok: true,
      problems: [],
      warnings: [`${file} › draft: a draft: checked, not published (remove draft: true to publish it)`],
    });
    expect(published(PORTS.slug)).toEqual({ article: { n: 0 }, redirects: { n: 0 }, searchable: { n: 0 } });

    // The fixture's app reads the database as first imported: serve the new one.
    const db = openDatabase(site.databaseFile);
    const repository = createArticleRepository(db);
    const app = createApp({ repository: () => repository, distDir: site.distDir });
    expect((await app.request(`/news/${PORTS.slug}`)).status).toBe(404);
    expect((await app.request('/news/ports-old')).status).toBe(404);
    expect(await (await app.request('/feed.xml')).text()).not.toContain(PORTS.slug);
    expect(await (await app.request('/sitemap.xml')).text()).not.toContain(PORTS.slug);
    expect((await app.request('/api/articles?q=quays')).status).toBe(200);
    expect(repository.listArticles({ page: 1, pageSize: 50, q: 'quays' }).total).toBe(0);
    db.close();
  });

  it('still has its mistakes reported, and draft must be true or false', async () => {
    addToFrontMatter('draft: maybe\nsumary: x');
    const result = await importAgain(site);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      `${file} › sumary: unknown field: did you mean summary?`,
      `${file} › draft: draft is true or false`,
    ]);
  });
});
