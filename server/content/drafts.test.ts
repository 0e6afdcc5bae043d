import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
// do not redirect to it. It is stored only to be seen at its preview URL.

const site = useFixtureSite({ fresh: true });
const PORTS = fixtureArticles.find((fixture) => fixture.slug === 'ports-track-containers-in-real-time')!;
const file = path.join('articles', fixtureFileName(PORTS));

function addToFrontMatter(lines: string) {
  const full = path.join(site.contentDir, file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(/^---\n/, `---\n${lines}\n`));
}

function redirects() {
  const db = new Database(site.databaseFile, { readonly: true });
  const found = db.prepare("SELECT count(*) AS n FROM article_redirects WHERE old_slug = 'ports-old'").get();
  db.close();
  return found;
}

describe('a draft', () => {
  it('is checked, reported as a draft, and published nowhere', async () => {
    expect(site.repository.listArticles({ page: 1, pageSize: 50, q: 'quays' }).total).toBe(1);
    const totalBefore = site.repository.listArticles({ page: 1, pageSize: 1 }).total;
    addToFrontMatter('draft: true\nformerSlugs: [ports-old]');
    expect(await importAgain(site)).toEqual({
      ok: true,
      problems: [],
      warnings: [
        `${file} › draft: a draft: checked, not published, shown only at its preview URL (remove draft: true to publish it)`,
      ],
    });
    expect(redirects()).toEqual({ n: 0 });

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
    expect(repository.listArticles({ page: 1, pageSize: 1 }).total).toBe(totalBefore - 1);
    // Years from now, a draft is still a draft.
    const later = createArticleRepository(db, { clock: () => Date.parse('2100-01-01T00:00:00Z') });
    expect(later.getArticle('en', PORTS.slug)).toBeUndefined();
    expect(later.listArticles({ page: 1, pageSize: 1 }).total).toBe(totalBefore - 1);
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

  it('is also any file in a drafts/ folder, and status: draft is pointed to draft: true', async () => {
    const draftsDir = path.join(site.contentDir, 'articles', 'drafts');
    mkdirSync(draftsDir);
    renameSync(path.join(site.contentDir, file), path.join(draftsDir, path.basename(file)));
    const moved = path.join('articles', 'drafts', path.basename(file));
    expect((await importAgain(site)).warnings).toEqual([
      `${moved} › draft: a draft: checked, not published, shown only at its preview URL (move it out of drafts/ to publish it)`,
    ]);
    const db = openDatabase(site.databaseFile);
    expect(createArticleRepository(db).getArticle('en', PORTS.slug)).toBeUndefined();
    db.close();

    writeFileSync(
      path.join(draftsDir, path.basename(file)),
      readFileSync(path.join(draftsDir, path.basename(file)), 'utf8').replace(/^---\n/, '---\nstatus: draft\n'),
    );
    expect((await importAgain(site)).problems).toEqual([`${moved} › status: unknown field: did you mean draft?`]);
  });
});
