import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { GENERATED_COVER_SIZE, generatedCoverFor, generatedCoverPath, generatedCoverSvg } from './generated-cover.ts';

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

  it('are served from their versioned path', () => {
    const path = generatedCoverPath('grid-operators-share-outage-data', 'energy-session');
    expect(generatedCoverFor(path)).toBe(generatedCoverSvg('grid-operators-share-outage-data', 'energy-session'));
    expect(generatedCoverFor(path.replace(/\/v\d+\//, '/v0/'))).toBeUndefined();
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
