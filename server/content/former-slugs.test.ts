import Database from 'better-sqlite3';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticles } from '../../mocks/data.ts';
import { fixtureFileName } from '../test/fixture-site.ts';
import { importAgain } from '../test/import-again.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// A renamed article keeps its old addresses through formerSlugs, so links
// shared before the rename still lead to it.

const site = useFixtureSite({ fresh: true });

const fileOf = (slug: string, lang?: 'zh') => {
  const article = fixtureArticles.find((fixture) => fixture.slug === slug && fixture.lang === lang)!;
  return path.join('articles', fixtureFileName(article));
};
const PORTS = fileOf('ports-track-containers-in-real-time');
const GRID = fileOf('grid-operators-share-outage-data');
const GRID_ZH = fileOf('grid-operators-share-outage-data', 'zh');
const YOUTH_CAMP_ZH = fileOf('beijing-youth-iot-camp', 'zh');

function edit(file: string, from: string, to: string) {
  const full = path.join(site.contentDir, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
}

function redirects() {
  const db = new Database(site.databaseFile, { readonly: true });
  const rows = db.prepare('SELECT lang, old_slug, slug FROM article_redirects ORDER BY lang, old_slug').all();
  db.close();
  return rows;
}

describe('formerSlugs', () => {
  it('stores a redirect from each former slug, in the article’s language, to its slug', async () => {
    edit(
      PORTS,
      'slug: ports-track-containers-in-real-time',
      'slug: ports-track-every-container\nformerSlugs: [ports-track-containers-in-real-time, ports-tracking-boxes]',
    );
    // One former slug may be written without brackets.
    edit(YOUTH_CAMP_ZH, 'slug: beijing-youth-iot-camp', 'slug: beijing-youth-camp\nformerSlugs: beijing-youth-iot-camp');
    expect(await importAgain(site)).toEqual({ ok: true, problems: [], warnings: [] });
    expect(redirects()).toEqual([
      { lang: 'en', old_slug: 'ports-track-containers-in-real-time', slug: 'ports-track-every-container' },
      { lang: 'en', old_slug: 'ports-tracking-boxes', slug: 'ports-track-every-container' },
      { lang: 'zh', old_slug: 'beijing-youth-iot-camp', slug: 'beijing-youth-camp' },
    ]);
  });

  it('refuses a former slug that an article has now or that another article claims, naming both files', async () => {
    edit(
      PORTS,
      'slug: ports-track-containers-in-real-time',
      'slug: ports-track-every-container\n' +
        'formerSlugs: [ports-track-every-container, ambassadors-discuss-digital-trade, grid-data]',
    );
    edit(GRID, 'slug: grid-operators-share-outage-data', 'slug: grid-operators-share-outage-data\nformerSlugs: [grid-data]');
    const { ok, problems } = await importAgain(site);
    expect(ok).toBe(false);
    expect(problems).toEqual([
      `${PORTS} › formerSlugs: "ports-track-every-container" is this article's slug now: list only the slugs it had before`,
      `${PORTS} › formerSlugs: "ambassadors-discuss-digital-trade" is the slug of ` +
        `${fileOf('ambassadors-discuss-digital-trade')}, whose page is at ` +
        '/news/ambassadors-discuss-digital-trade: remove it from formerSlugs',
      // Reported on the later file.
      `${GRID} › formerSlugs: "grid-data" is also a former slug of ${PORTS}: /news/grid-data can lead to one article only`,
    ]);
  });

  it('tells a translation that its original was renamed', async () => {
    edit(
      GRID,
      'slug: grid-operators-share-outage-data',
      'slug: grid-operators-pool-outage-data\nformerSlugs: [grid-operators-share-outage-data]',
    );
    const { problems } = await importAgain(site);
    expect(problems).toEqual([
      `${GRID_ZH} › translationOf: "grid-operators-share-outage-data" is now "grid-operators-pool-outage-data" ` +
        `(${GRID}): use translationOf: grid-operators-pool-outage-data`,
    ]);
  });
});

describe('a slug changed without formerSlugs', () => {
  it('is a warning that names the old URL and the fix, and the import goes ahead', async () => {
    edit(PORTS, 'slug: ports-track-containers-in-real-time', 'slug: ports-track-every-container');
    expect(await importAgain(site)).toEqual({
      ok: true,
      problems: [],
      warnings: [
        `${PORTS} › slug: was at /news/ports-track-containers-in-real-time: ` +
          'add formerSlugs: [ports-track-containers-in-real-time] so shared links keep working',
      ],
    });
  });

  it('is found when the file was renamed with its slug, and in Chinese', async () => {
    const renamed = path.join('articles', '2024-11-20-beijing-youth-camp.zh.md');
    edit(YOUTH_CAMP_ZH, 'slug: beijing-youth-iot-camp', 'slug: beijing-youth-camp');
    renameSync(path.join(site.contentDir, YOUTH_CAMP_ZH), path.join(site.contentDir, renamed));
    expect((await importAgain(site)).warnings).toEqual([
      `${renamed} › slug: was at /zh/news/beijing-youth-iot-camp: ` +
        'add formerSlugs: [beijing-youth-iot-camp] so shared links keep working',
    ]);
  });

  it('counts the old slugs the article already redirected from', async () => {
    edit(
      PORTS,
      'slug: ports-track-containers-in-real-time',
      'slug: ports-track-every-container\nformerSlugs: [ports-track-containers-in-real-time]',
    );
    expect((await importAgain(site)).warnings).toEqual([]);
    edit(PORTS, 'slug: ports-track-every-container', 'slug: ports-track-boxes');
    expect((await importAgain(site)).warnings).toEqual([
      `${PORTS} › slug: was at /news/ports-track-every-container: ` +
        'add ports-track-every-container to its formerSlugs so shared links keep working',
    ]);
  });
});
