import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { escapeHtml } from '../lib/escape-html.ts';

// The preview image that chat apps and social networks show for a shared
// article: its cover, darkened, with the forum, the headline and the portal's name.

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };
/** The site-wide card in public/, for pages (and imports) without a card of their own. */
export const SITE_CARD_PATH = '/social-card.jpg';
// Bump when the design changes, so every card is drawn again.
const CARD_DESIGN_VERSION = 1;
const TITLE_LINE_CHARACTERS = 30;
const TITLE_MAX_LINES = 4;

export type SocialCardInput = { slug: string; title: string; forumName: string; coverPath: string };

/** The card's media path changes whenever anything drawn on it changes. */
export function socialCardPath({ slug, title, forumName, coverPath }: SocialCardInput): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN_VERSION, title, forumName, coverPath]))
    .digest('hex')
    .slice(0, 10);
  return `cards/${slug}-${hash}.jpg`;
}

/** Breaks a headline into lines that fit the card, with an ellipsis if it runs long. */
export function wrapTitle(title: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= TITLE_LINE_CHARACTERS || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= TITLE_MAX_LINES) return lines;
  const kept = lines.slice(0, TITLE_MAX_LINES);
  kept[TITLE_MAX_LINES - 1] = `${kept[TITLE_MAX_LINES - 1].replace(/[\s,.;:]+$/, '')}…`;
  return kept;
}

function overlaySvg(title: string, forumName: string): string {
  const { width, height } = SOCIAL_CARD_SIZE;
  const lines = wrapTitle(title);
  const lineHeight = 70;
  const firstBaseline = height - 110 - (lines.length - 1) * lineHeight;
  const titleLines = lines
    .map((text, index) => `<tspan x="64" y="${firstBaseline + index * lineHeight}">${escapeHtml(text)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#000" stop-opacity="0.35"/>
    <stop offset="0.45" stop-color="#000" stop-opacity="0.55"/>
    <stop offset="1" stop-color="#000" stop-opacity="0.85"/>
  </linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#shade)"/>
  <rect x="0" y="0" width="${width}" height="10" fill="#2f8fdf"/>
  <text x="64" y="92" fill="#cfe6ff" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="28" font-weight="bold" letter-spacing="2">${escapeHtml(forumName.toUpperCase())}</text>
  <text fill="#ffffff" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="56" font-weight="bold">${titleLines}</text>
  <text x="64" y="${height - 40}" fill="#ffffff" fill-opacity="0.9" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="26">WIOTC News Center</text>
</svg>`;
}

export async function renderSocialCard(cover: Buffer, title: string, forumName: string): Promise<Buffer> {
  const { width, height } = SOCIAL_CARD_SIZE;
  // JPEG: every preview service accepts it, and it is small for photos and gradients alike.
  return sharp(cover)
    .resize(width, height, { fit: 'cover' })
    .composite([{ input: Buffer.from(overlaySvg(title, forumName)) }])
    .jpeg({ quality: 84, progressive: true })
    .toBuffer();
}
