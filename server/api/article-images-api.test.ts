import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { articleListSchema, articleSchema } from '../../src/shared/contract.ts';
import { writeFixtureContent } from '../test/fixture-site.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// An article with a photo cover (caption and credit) and a photo in its body,
// added to the fixture content the way an editor would.
const root = mkdtempSync(path.join(tmpdir(), 'wiotc-images-api-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const contentDir = path.join(root, 'content');
writeFixtureContent(contentDir);
for (const folder of ['covers', 'images']) mkdirSync(path.join(contentDir, folder));
const photo = (background: string) =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background } })
    .jpeg()
    .toBuffer();
writeFileSync(path.join(contentDir, 'covers', 'hall.jpg'), await photo('#3a6ea5'));
writeFileSync(path.join(contentDir, 'images', 'booth.jpg'), await photo('#a5623a'));
writeFileSync(
  path.join(contentDir, 'articles', '2024-11-20-photos-from-the-hall.md'),
  [
    '---',
    'title: Photos from the hall',
    'published: 2024-11-20T10:00:00+08:00',
    'forum: energy-session',
    'topics: [standards]',
    'summary: Two photos.',
    'cover:',
    '  image: hall.jpg',
    '  alt: Delegates in the main hall',
    '  caption: The main hall on the opening morning',
    '  credit: Li Wei / WIOTC',
    '---',
    '',
    '![A robot arm at a booth](../images/booth.jpg "The robotics booth")',
    'Credit: Zhang Min',
    '',
  ].join('\n'),
);

const site = useFixtureSite({ contentDir });

async function getArticle() {
  const response = await site.app.request('/api/articles/photos-from-the-hall');
  expect(response.status).toBe(200);
  return articleSchema.parse(await response.json());
}

describe('an article with photos', () => {
  it('gives its cover with the caption and the credit', async () => {
    const { cover } = await getArticle();
    expect(cover).toMatchObject({
      alt: 'Delegates in the main hall',
      caption: 'The main hall on the opening morning',
      credit: 'Li Wei / WIOTC',
    });
    const list = articleListSchema.parse(await (await site.app.request('/api/articles?forum=energy-session')).json());
    expect(list.items.find((item) => item.slug === 'photos-from-the-hall')?.cover.credit).toBe('Li Wei / WIOTC');
    // An article without a cover of its own has neither.
    const other = list.items.find((item) => item.slug !== 'photos-from-the-hall')!;
    expect(other.cover).not.toHaveProperty('caption');
    expect(other.cover).not.toHaveProperty('credit');
  });

  it('gives the body image as a figure whose every file the portal serves', async () => {
    const { bodyHtml } = await getArticle();
    expect(bodyHtml).toMatch(
      /^<figure class="body-figure"><picture><source type="image\/avif" srcset="\/media\/images\//,
    );
    expect(bodyHtml).toContain('<figcaption>The robotics booth <small class="credit">Zhang Min</small></figcaption>');
    const urls = [...bodyHtml.matchAll(/\/media\/[^\s"]+/g)].map(([url]) => url);
    expect(urls).toHaveLength(9); // AVIF and WebP at four widths, and the JPEG
    for (const url of urls) {
      const response = await site.app.request(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toMatch(/^image\/(avif|webp|jpeg)$/);
    }
  });
});
