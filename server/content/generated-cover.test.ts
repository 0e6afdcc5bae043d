import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_COVER_SIZE,
  GENERATED_COVER_WIDTHS,
  generatedCoverFor,
  generatedCoverImage,
  generatedCoverPath,
  generatedCoverSvg,
} from './generated-cover.ts';
import { generatedCoverFile } from './generated-cover-file.ts';

/** The first node drawn: its path starts at the circle's leftmost point. */
function firstNode(svg: string): { x: number; y: number; r: number } {
  const [, left, y, r] = /d="M(\d+) (\d+)a(\d+) /.exec(svg.slice(svg.lastIndexOf('<path'))) ?? [];
  return { x: Number(left) + Number(r), y: Number(y), r: Number(r) };
}

/** Four points around a centre, on the diagonals, where a link through the centre rarely passes. */
const around = ({ x, y }: { x: number; y: number }, distance: number) =>
  [-1, 1].flatMap((dx) => [-1, 1].map((dy) => ({ x: Math.round(x + dx * distance), y: Math.round(y + dy * distance) })));

describe('generated covers', () => {
  it('are the same for an article on every import, and differ between articles', () => {
    const cover = generatedCoverSvg('grid-operators-share-outage-data', 'energy-session');
    expect(generatedCoverSvg('grid-operators-share-outage-data', 'energy-session')).toBe(cover);
    expect(generatedCoverSvg('satellite-links-extend-services', 'energy-session')).not.toBe(cover);
  });

  it('are served from their versioned path, as the SVG and as WebP at the widths pages offer', async () => {
    const path = generatedCoverPath('grid-operators-share-outage-data', 'energy-session');
    const request = { articleSlug: 'grid-operators-share-outage-data', forumSlug: 'energy-session' };
    expect(generatedCoverFor(path)).toEqual(request);
    const served = await generatedCoverFile(path, generatedCoverFor(path)!);
    expect(served.data.toString()).toBe(generatedCoverSvg('grid-operators-share-outage-data', 'energy-session'));
    expect(generatedCoverFor(path.replace(/\/v\d+\//, '/v0/'))).toBeUndefined();
    for (const width of GENERATED_COVER_WIDTHS)
      expect(generatedCoverFor(generatedCoverPath('grid-operators-share-outage-data', 'energy-session', width))).toEqual({
        ...request,
        width,
      });
    // Only the widths pages ask for: any other would make the server draw a file on demand.
    expect(generatedCoverFor(path.replace(/\.svg$/, '-801.webp'))).toBeUndefined();
    expect(generatedCoverFor(path.replace(/\.svg$/, '.webp'))).toBeUndefined();
    // A slug that ends in a number keeps it.
    expect(generatedCoverFor(generatedCoverPath('agenda-2030', 'energy-session', 480))).toEqual({
      articleSlug: 'agenda-2030',
      forumSlug: 'energy-session',
      width: 480,
    });
  });

  it('show pages the SVG, with WebP files at several widths as its srcset', () => {
    const image = generatedCoverImage('grid-operators-share-outage-data', 'energy-session');
    expect(image).toMatchObject({ alt: '', ...GENERATED_COVER_SIZE });
    expect(image.src).toBe('/media/generated/v2/energy-session/grid-operators-share-outage-data.svg');
    expect(image.srcset?.split(', ')).toEqual(
      GENERATED_COVER_WIDTHS.map((width) => `/media/generated/v2/energy-session/grid-operators-share-outage-data-${width}.webp ${width}w`),
    );
  });

  it('draw the network in a few elements, its nodes lighter than the gradient behind them', async () => {
    const svg = generatedCoverSvg('grid-operators-share-outage-data', 'energy-session');
    expect(svg.match(/<[a-z]+/gi)?.length).toBeLessThan(10);
    const { data, info } = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([GENERATED_COVER_SIZE.width, GENERATED_COVER_SIZE.height]);
    const brightness = ({ x, y }: { x: number; y: number }) => {
      const at = (y * info.width + x) * info.channels;
      return data[at] + data[at + 1] + data[at + 2];
    };
    const node = firstNode(svg);
    const inside = Math.min(...around(node, node.r * 0.5).map(brightness));
    const outside = Math.min(...around(node, node.r + 4).map(brightness));
    expect(inside).toBeGreaterThan(outside + 100);
  });
});
