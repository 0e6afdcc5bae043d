import { JSDOM } from 'jsdom';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBodyImages } from './body-images.ts';
import { createImageProcessor } from './image-processor.ts';
import { renderBodyHtml } from './render-body.ts';

const root = mkdtempSync(path.join(tmpdir(), 'wiotc-body-images-'));
const contentDir = path.join(root, 'content');
afterAll(() => rmSync(root, { recursive: true, force: true }));

for (const folder of ['images', 'covers', 'articles/zh', 'elsewhere']) mkdirSync(path.join(contentDir, folder), { recursive: true });
const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } }).jpeg();
await photo(2000, 1000).toFile(path.join(contentDir, 'images', 'main-hall.jpg'));
await photo(640, 480).toFile(path.join(contentDir, 'elsewhere', 'stray.jpg'));
await sharp({ create: { width: 600, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } })
  .png()
  .toFile(path.join(contentDir, 'images', 'logo.png'));
writeFileSync(path.join(contentDir, 'images', 'notes.jpg'), 'not an image at all');

// The body starts on line 10 of its file, as after a front matter of 8 lines.
const FIRST_LINE = 10;

async function render(body: string, articleFile = 'articles/2024-11-20-a.md') {
  const problems: string[] = [];
  const images = await loadBodyImages(
    body,
    { contentDir, articleDir: path.dirname(path.join(contentDir, articleFile)), firstLine: FIRST_LINE },
    createImageProcessor(),
    (message) => problems.push(message),
  );
  const html = renderBodyHtml(body, images.figureFor);
  return { html, problems, images: images.images, document: new JSDOM(html).window.document };
}

describe('an image in the body', () => {
  it('becomes a figure with its caption, its credit and AVIF and WebP at several widths', async () => {
    const { html, problems, images, document } = await render(
      [
        'The convention opened.',
        '',
        '![Delegates fill the main hall](../images/main-hall.jpg "The main hall on the opening day")',
        'Credit: Li Wei / WIOTC',
        '',
        'It closed two days later.',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    const figure = document.querySelector('figure.body-figure')!;
    expect(figure.previousElementSibling?.textContent).toBe('The convention opened.');
    expect(figure.querySelector('figcaption')?.textContent).toBe('The main hall on the opening day Li Wei / WIOTC');
    expect(figure.querySelector('figcaption small.credit')?.textContent).toBe('Li Wei / WIOTC');

    const img = figure.querySelector('picture > img')!;
    // The fallback is a JPEG 1200 pixels wide, with its size given so nothing moves when it arrives.
    expect(img.getAttribute('src')).toMatch(/^\/media\/images\/main-hall-[0-9a-f]{10}\.jpg$/);
    expect(Object.fromEntries(['alt', 'width', 'height', 'loading', 'decoding'].map((name) => [name, img.getAttribute(name)]))).toEqual({
      alt: 'Delegates fill the main hall',
      width: '1200',
      height: '600',
      loading: 'lazy',
      decoding: 'async',
    });
    const sources = [...figure.querySelectorAll('picture > source')];
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    const stored = new Map(images[0].files.map((file) => [`/media/${file.path}`, file]));
    for (const source of sources) {
      expect(source.getAttribute('sizes')).toBeTruthy();
      const candidates = source.getAttribute('srcset')!.split(', ').map((candidate) => candidate.split(' '));
      expect(candidates.map(([, width]) => width)).toEqual(['480w', '800w', '1200w', '1600w']);
      for (const [url, width] of candidates) {
        const file = stored.get(url)!;
        expect(file.mime).toBe(source.getAttribute('type'));
        expect((await sharp(file.data).metadata()).width).toBe(parseInt(width, 10));
      }
    }
    expect(html).not.toContain('main-hall.jpg"');
  });

  it('is found from a translation in its own folder, or from content/ with a leading slash', async () => {
    const { problems, document } = await render(
      '![The hall](../../images/main-hall.jpg)\n\n![The hall again](/images/main-hall.jpg "Again")',
      'articles/zh/2024-11-20-a.zh.md',
    );
    expect(problems).toEqual([]);
    const figures = [...document.querySelectorAll('figure')];
    expect(figures).toHaveLength(2);
    // Without a caption or credit there is no empty figcaption.
    expect(figures[0].querySelector('figcaption')).toBeNull();
    expect(figures[1].querySelector('figcaption')?.textContent).toBe('Again');
  });

  it('keeps transparency in a PNG fallback', async () => {
    const { problems, document } = await render('![The convention logo](../images/logo.png)');
    expect(problems).toEqual([]);
    expect(document.querySelector('img')?.getAttribute('src')).toMatch(/^\/media\/images\/logo-[0-9a-f]{10}\.png$/);
  });

  it('must have alt text, and each mistake is reported with its line in the file', async () => {
    const { problems, html } = await render(
      [
        'Intro.',
        '',
        '![](../images/main-hall.jpg "No description")',
        '',
        '![Stray](../elsewhere/stray.jpg)',
        '',
        '![Secret](../../../etc/passwd.jpg)',
        '',
        '![Remote](https://example.org/photo.jpg)',
        '',
        '![Missing](../images/nowhere.jpg)',
        '',
        '![Notes](../images/notes.jpg)',
        '',
        'A sentence with ![an image](../images/main-hall.jpg) inside it.',
      ].join('\n'),
    );
    const line = (n: number) => `line ${FIRST_LINE + n - 1}: `;
    expect(problems).toEqual([
      `${line(3)}the image ../images/main-hall.jpg has no alt text: say what it shows between the brackets, ![Like this](…)`,
      `${line(5)}../elsewhere/stray.jpg is not inside content/images/ or content/covers/, where images must be`,
      `${line(7)}../../../etc/passwd.jpg is not inside content/images/ or content/covers/, where images must be`,
      `${line(9)}https://example.org/photo.jpg is not a file of the portal: put the image in content/images/ and name it from there`,
      `${line(11)}the image images/nowhere.jpg does not exist`,
      `${line(13)}images/notes.jpg is not a JPEG, PNG, WebP, AVIF or SVG image`,
      `${line(15)}put the image ../images/main-hall.jpg in a paragraph of its own, with an empty line before and after it`,
    ]);
    // Nothing that is not the portal's own media reaches the page.
    expect(html).not.toMatch(/stray|passwd|example\.org|nowhere|notes\.jpg/);
  });
});
