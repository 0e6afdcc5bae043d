import type { Image } from '../../src/shared/contract.ts';
import { seededRandom } from './seeded-random.ts';

// Articles without a cover of their own get a generated one: a calm gradient
// in the forum's colour with a network of connected nodes drawn from the
// article's slug, so every cover is distinct and stable across imports.

export const GENERATED_COVER_SIZE = { width: 1200, height: 675 };

// A page shows the cover it waits for (its largest image) as the SVG: a
// kilobyte and a half, where a WebP file is four to six times that on a slow
// link. Every other cover is WebP at one of these widths, which the browser
// picks from the srcset: those arrive once the page is drawn, and a browser
// decodes a raster image off its main thread, while it styles, lays out and
// paints each SVG image there, as a document of its own.
export const GENERATED_COVER_WIDTHS = [480, 800, 1200] as const;

// Generated covers are drawn by the server on request rather than stored, so a
// large archive does not carry one file per article. The version is part of
// the URL: change it with the drawing, and browsers fetch the new covers.
const DESIGN_VERSION = 'v2';

/** Where the cover is served: as the SVG it is drawn as, or as a WebP file `width` pixels wide. */
export function generatedCoverPath(articleSlug: string, forumSlug: string, width?: number): string {
  const file = width === undefined ? `${articleSlug}.svg` : `${articleSlug}-${width}.webp`;
  return `generated/${DESIGN_VERSION}/${forumSlug}/${file}`;
}

/** How a page shows an article's generated cover: the SVG, and WebP files at several widths for its srcset. */
export function generatedCoverImage(articleSlug: string, forumSlug: string): Image {
  const url = (width?: number) => `/media/${generatedCoverPath(articleSlug, forumSlug, width)}`;
  return {
    src: url(),
    srcset: GENERATED_COVER_WIDTHS.map((width) => `${url(width)} ${width}w`).join(', '),
    // A generated cover carries no information beyond the headline beside it.
    alt: '',
    ...GENERATED_COVER_SIZE,
  };
}

const GENERATED_PATH = new RegExp(
  `^generated/${DESIGN_VERSION}/([a-z0-9-]{1,120})/([a-z0-9-]{1,120}?)(?:\\.svg|-(${GENERATED_COVER_WIDTHS.join('|')})\\.webp)$`,
);

export type GeneratedCoverRequest = { articleSlug: string; forumSlug: string; width?: number };

/** The cover a generated-cover path asks for (and the width of the WebP, if it is one), or undefined if it is not one. */
export function generatedCoverFor(mediaPath: string): GeneratedCoverRequest | undefined {
  const match = GENERATED_PATH.exec(mediaPath);
  if (!match) return undefined;
  const [, forumSlug, articleSlug, width] = match;
  return width === undefined ? { articleSlug, forumSlug } : { articleSlug, forumSlug, width: Number(width) };
}

function hashString(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

export function generatedCoverSvg(articleSlug: string, forumSlug: string): string {
  const { width, height } = GENERATED_COVER_SIZE;
  const hue = hashString(forumSlug) % 360;
  const random = seededRandom(hashString(articleSlug));
  const nodes = Array.from({ length: 18 }, () => ({
    x: Math.round(60 + random() * (width - 120)),
    y: Math.round(60 + random() * (height - 120)),
    r: Math.round(5 + random() * 9),
  }));
  // One path for the links and one for the nodes: a browser styles, lays out
  // and paints an SVG image as a document of its own, element by element, and
  // a list page shows a dozen covers while the reader waits for it.
  const links: string[] = [];
  nodes.forEach((from, i) => {
    nodes.slice(i + 1).forEach((to) => {
      if (Math.hypot(from.x - to.x, from.y - to.y) < 300) links.push(`M${from.x} ${from.y}L${to.x} ${to.y}`);
    });
  });
  // A circle as two half-circle arcs from its leftmost point.
  const circles = nodes.map(({ x, y, r }) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">',
    `<stop offset="0" stop-color="hsl(${hue} 55% 28%)"/>`,
    `<stop offset="1" stop-color="hsl(${(hue + 40) % 360} 60% 42%)"/>`,
    '</linearGradient></defs>',
    `<rect width="${width}" height="${height}" fill="url(#g)"/>`,
    `<path d="${links.join('')}" fill="none" stroke="hsl(${hue} 80% 85%)" stroke-opacity="0.35" stroke-width="2"/>`,
    `<path d="${circles.join('')}" fill="hsl(${hue} 90% 92%)" fill-opacity="0.85"/>`,
    '</svg>',
  ].join('');
}
