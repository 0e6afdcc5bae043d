import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { formatProblem } from './content-problem.ts';
import { importContent } from './import-content.ts';

// Editors' images are encoded once and reused by every later import until the file changes.

const site = useFixtureSite({ fresh: true });

const ARTICLE = 'articles/2024-11-20-photos-from-the-hall.md';
const FRONT = [
  'title: Photos from the hall',
  'published: 2024-11-20T10:00:00+08:00',
  'forum: energy-session',
  'topics: [standards]',
  'summary: Two photos.',
];

function write(file: string, data: string | Buffer) {
  mkdirSync(path.dirname(path.join(site.contentDir, file)), { recursive: true });
  writeFileSync(path.join(site.contentDir, file), data);
}

const photo = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } }).jpeg().toBuffer();

async function writePhotoArticle() {
  write('covers/hall.jpg', await photo(1600, 900, '#3a6ea5'));
  write('images/booth.jpg', await photo(1000, 750, '#a5623a'));
  write(
    ARTICLE,
    [
      '---',
      ...FRONT,
      'cover: { image: hall.jpg, alt: The main hall, caption: The hall at nine, credit: Li Wei }',
      '---',
      '',
      'Text.',
      '',
      '![A booth](../images/booth.jpg "A booth")',
      'Credit: Zhang Min',
      '',
    ].join('\n'),
  );
}

function storedMedia() {
  const db = new Database(site.databaseFile, { readonly: true });
  const rows = db.prepare('SELECT path, data FROM media ORDER BY path').all() as { path: string; data: Buffer }[];
  db.close();
  return rows;
}

describe('editors’ images', () => {
  it('are encoded once: an import with nothing changed encodes none, and a changed file alone is encoded again', async () => {
    await writePhotoArticle();
    const first = await importContent(site.contentDir, site.databaseFile);
    expect(first).toMatchObject({ ok: true, images: { encoded: 2, reused: 0 } });
    const before = storedMedia();

    const again = await importContent(site.contentDir, site.databaseFile);
    expect(again).toMatchObject({ ok: true, images: { encoded: 0, reused: 2 } });
    expect(storedMedia()).toEqual(before);

    write('images/booth.jpg', await photo(1000, 750, '#2f8f5b'));
    const changed = await importContent(site.contentDir, site.databaseFile);
    expect(changed).toMatchObject({ ok: true, images: { encoded: 1, reused: 1 } });
    const paths = storedMedia().map((file) => file.path);
    expect(paths.filter((file) => file.startsWith('covers/hall-'))).toEqual(
      before.map((file) => file.path).filter((file) => file.startsWith('covers/hall-')),
    );
    expect(paths.filter((file) => file.startsWith('images/booth-'))).not.toEqual(
      before.map((file) => file.path).filter((file) => file.startsWith('images/booth-')),
    );
  });

  it('over the size limits are refused, with the limit in the message', async () => {
    write('images/huge.jpg', Buffer.alloc(16 * 1024 * 1024));
    write('covers/panorama.png', await sharp({ create: { width: 8400, height: 900, channels: 3, background: '#888' } }).png().toBuffer());
    write(
      ARTICLE,
      ['---', ...FRONT, 'cover: { image: panorama.png, alt: The skyline }', '---', '', 'Text.', '', '![A crowd](../images/huge.jpg)', ''].join(
        '\n',
      ),
    );
    const result = await importContent(site.contentDir, site.databaseFile);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${ARTICLE} › body: line 12: images/huge.jpg is 16 MB, over the limit of 15 MB for an image: make it smaller`,
      `${ARTICLE} › cover.image: covers/panorama.png is 8400 × 900 pixels, over the limit for an image of 8000 pixels on a side and 40 megapixels: make it smaller`,
    ]);
  });
});
