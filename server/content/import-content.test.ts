import Database from 'better-sqlite3';
import sharp from 'sharp';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticles } from '../../mocks/data.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { formatProblem } from './content-problem.ts';
import { PREVIEW_SECRET_FILE } from './preview-keys.ts';
import { importContent } from './import-content.ts';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';

// Every test changes the content, so each gets its own site.
const site = useFixtureSite({ fresh: true });
// In both languages.
const FIXTURE_COUNT = fixtureArticles.length;

const articlePath = (name: string) => path.join(site.contentDir, 'articles', name);
const countArticles = () => {
  const db = new Database(site.databaseFile, { readonly: true });
  const { count } = db.prepare('SELECT count(*) AS count FROM articles').get() as { count: number };
  db.close();
  return count;
};

function writeArticle(name: string, frontMatter: string, body = 'Some text.') {
  writeFileSync(articlePath(name), `---\n${frontMatter}\n---\n\n${body}\n`);
}

const VALID = [
  'title: A valid article',
  'published: 2024-11-20T10:00:00+08:00',
  'forum: energy-session',
  'topics: [standards]',
  'summary: A summary.',
].join('\n');

describe('importContent', () => {
  it('imports every article and derives the slug from the file name when none is given', async () => {
    writeArticle('2024-11-20-derived-from-name.md', VALID);
    const result = await importContent(site.contentDir, site.databaseFile);
    expect(result).toEqual({
      ok: true,
      articleCount: FIXTURE_COUNT + 1,
      forumCount: 5,
      topicCount: 7,
      cardsRendered: 1,
      images: { encoded: 0, reused: 0 },
      held: [],
      warnings: [],
    });
    const db = new Database(site.databaseFile, { readonly: true });
    expect(db.prepare("SELECT source_file FROM articles WHERE slug = 'derived-from-name'").get()).toEqual({
      source_file: 'articles/2024-11-20-derived-from-name.md',
    });
    db.close();
  });

  it('reports every problem at once, naming file and field, and keeps the old database', async () => {
    const before = readFileSync(site.databaseFile);
    writeArticle('unknown-forum.md', VALID.replace('energy-session', 'no-such-forum'));
    writeArticle('unknown-topic.md', VALID.replace('[standards]', '[standards, no-such-topic]'));
    writeArticle('bad-date.md', VALID.replace('2024-11-20T10:00:00+08:00', 'last Tuesday'));
    writeArticle('no-title.md', VALID.replace('title: A valid article\n', ''));
    writeArticle('duplicate.md', `${VALID}\nslug: grid-operators-share-outage-data`);
    writeFileSync(articlePath('broken-yaml.md'), '---\ntitle: [unclosed\n---\nBody\n');
    writeFileSync(articlePath('no-front-matter.md'), 'Just text.\n');
    writeArticle('empty-body.md', VALID.replace('A valid article', 'Empty'), '<script>alert(1)</script>');
    writeArticle('missing-cover.md', `${VALID}\ncover:\n  image: nowhere.jpg\n  alt: Nothing`);
    writeFileSync(articlePath('latin1.md'), Buffer.concat([Buffer.from(`---\n${VALID}\n---\n\nCaf`), Buffer.from([0xe9, 0x0a])]));

    const result = await importContent(site.contentDir, site.databaseFile);
    expect(result.ok).toBe(false);
    const report = result.ok ? [] : result.problems.map(formatProblem);
    expect(report).toEqual(
      expect.arrayContaining([
        'articles/unknown-forum.md › forum: unknown forum "no-such-forum"; add it to forums.yaml first',
        'articles/unknown-topic.md › topics: unknown topic "no-such-topic"; add it to topics.yaml first',
        expect.stringMatching(/^articles\/bad-date\.md › published: use an ISO 8601 date/),
        'articles/no-title.md › title: the title is missing',
        expect.stringMatching(/^articles\/duplicate\.md › slug: the slug "grid-operators-share-outage-data" is already used by articles\/2023-11-21-grid-operators-share-outage-data\.md$/),
        'articles/broken-yaml.md › title: invalid YAML on line 2: the closing ] is missing',
        'articles/no-front-matter.md: the file must start with front matter between two --- lines',
        'articles/empty-body.md › body: the body is empty (after removing unsafe markup)',
        'articles/missing-cover.md › cover.image: the cover file covers/nowhere.jpg does not exist',
        'articles/latin1.md: the file is not valid UTF-8 text',
      ]),
    );
    expect(report).toHaveLength(10);
    expect(readFileSync(site.databaseFile).equals(before)).toBe(true);
    expect(countArticles()).toBe(FIXTURE_COUNT);
    // Nothing half-written is left behind; the preview secret stays for the next import.
    expect(readdirSync(path.dirname(site.databaseFile))).toEqual(['news.db', PREVIEW_SECRET_FILE]);
  });

  it('refuses an invalid forums.yaml and keeps the old database', async () => {
    writeFileSync(path.join(site.contentDir, 'forums.yaml'), 'Bad Slug:\n  name: x\n');
    const result = await importContent(site.contentDir, site.databaseFile);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].file).toBe('forums.yaml');
    expect(countArticles()).toBe(FIXTURE_COUNT);
  });

  it('replaces the database when the content is valid again', async () => {
    writeArticle('2024-11-20-new-one.md', VALID.replace('energy-session', 'no-such-forum'));
    expect((await importContent(site.contentDir, site.databaseFile)).ok).toBe(false);
    expect(countArticles()).toBe(FIXTURE_COUNT);

    writeArticle('2024-11-20-new-one.md', VALID);
    expect((await importContent(site.contentDir, site.databaseFile)).ok).toBe(true);
    expect(countArticles()).toBe(FIXTURE_COUNT + 1);
  });

  it('uses an editor-supplied cover and reads its size', async () => {
    mkdirSync(path.join(site.contentDir, 'covers'));
    writeFileSync(
      path.join(site.contentDir, 'covers', 'hall.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450"><rect width="800" height="450"/></svg>',
    );
    writeArticle('2024-11-20-with-cover.md', `${VALID}\ncover:\n  image: hall.svg\n  alt: The main hall`);
    expect((await importContent(site.contentDir, site.databaseFile)).ok).toBe(true);
    const db = openDatabase(site.databaseFile);
    const { cover } = createArticleRepository(db).getArticle('en', 'with-cover')!;
    expect(cover).toMatchObject({ alt: 'The main hall', width: 800, height: 450 });
    // The editor's own file is served, not a generated cover.
    expect(cover.src).toMatch(/^\/media\/covers\/hall-[0-9a-f]{10}\.svg$/);
    const stored = createArticleRepository(db).getMedia(cover.src.replace('/media/', ''))!;
    db.close();
    expect(stored.data.toString()).toContain('<rect width="800" height="450"/>');
  });

  it('draws a preview card only for an article that changed', async () => {
    const cards = () => {
      const db = new Database(site.databaseFile, { readonly: true });
      const rows = db.prepare("SELECT lang || '/' || slug AS article, card_src FROM articles").all() as {
        article: string;
        card_src: string;
      }[];
      db.close();
      return new Map(rows.map((row) => [row.article, row.card_src]));
    };
    const before = cards();
    const again = await importContent(site.contentDir, site.databaseFile);
    expect(again).toMatchObject({ ok: true, cardsRendered: 0 });
    expect(cards()).toEqual(before);

    const file = articlePath('2023-11-21-grid-operators-share-outage-data.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Grid Operators', 'title: Utilities'));
    const changed = await importContent(site.contentDir, site.databaseFile);
    expect(changed).toMatchObject({ ok: true, cardsRendered: 1 });
    const after = cards();
    const changedArticle = 'en/grid-operators-share-outage-data';
    expect(after.get(changedArticle)).not.toBe(before.get(changedArticle));
    after.delete(changedArticle);
    before.delete(changedArticle);
    expect(after).toEqual(before);
  });

  it('writes a photo cover in modern formats and sizes for <picture>', async () => {
    mkdirSync(path.join(site.contentDir, 'covers'));
    const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3a6ea5' } })
      .jpeg()
      .toBuffer();
    writeFileSync(path.join(site.contentDir, 'covers', 'Main Hall.jpg'), photo);
    writeArticle('2024-11-20-photo-cover.md', `${VALID}\ncover:\n  image: Main Hall.jpg\n  alt: The main hall`);
    expect((await importContent(site.contentDir, site.databaseFile)).ok).toBe(true);

    const db = openDatabase(site.databaseFile);
    const repository = createArticleRepository(db);
    const cover = repository.getArticle('en', 'photo-cover')!.cover;
    // Browsers without AVIF or WebP get a JPEG 1200 pixels wide, never the original.
    expect(cover).toMatchObject({ alt: 'The main hall', width: 1200, height: 675 });
    expect(cover.src).toMatch(/^\/media\/covers\/main-hall-[0-9a-f]{10}\.jpg$/);
    const fallback = repository.getMedia(cover.src.replace('/media/', ''))!;
    expect(fallback.mime).toBe('image/jpeg');
    expect(await sharp(fallback.data).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 675 });
    expect(cover.sources!.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
    for (const source of cover.sources!) {
      const candidates = source.srcset.split(', ').map((candidate) => candidate.split(' '));
      expect(candidates.map(([, width]) => width)).toEqual(['480w', '800w', '1200w', '1600w']);
      for (const [src, width] of candidates) {
        const file = repository.getMedia(src.replace('/media/', ''))!;
        expect(file.mime).toBe(source.type);
        expect((await sharp(file.data).metadata()).width).toBe(parseInt(width, 10));
      }
    }
    db.close();
  });
});
