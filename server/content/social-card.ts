import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { en } from '../../src/shared/i18n/en.ts';
import { xmlText } from '../lib/xml-text.ts';

// The preview image that chat apps and social networks show for a shared
// article: its cover, darkened, with the forum, the headline and the portal's name.

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 };
/** The site-wide card in public/, for pages (and imports) without a card of their own. */
export const SITE_CARD_PATH = '/social-card.jpg';
// Bump when the design changes, so every card is drawn again.
const CARD_DESIGN_VERSION = 1;
// In widths of a Latin letter; a Chinese character is about two.
const TITLE_LINE_WIDTH = 30;
const TITLE_MAX_LINES = 4;
// The system's CJK font, where the server has one (Debian: fonts-noto-cjk), draws Chinese text.
const FONTS = 'DejaVu Sans, Liberation Sans, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, Arial, sans-serif';

export type SocialCardInput = { slug: string; title: string; forumName: string; siteName: string; coverPath: string };

/** The card's media path changes whenever anything drawn on it changes. */
export function socialCardPath({ slug, title, forumName, siteName, coverPath }: SocialCardInput): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN_VERSION, title, forumName, siteName, coverPath]))
    .digest('hex')
    .slice(0, 10);
  return `cards/${slug}-${hash}.jpg`;
}

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const PIECE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/g;
// Chinese punctuation that must not start a line; it stays at the end of the one before.
const NO_LINE_START = /^[，。、：；！？）》」』”’]$/;
const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);

/**
 * Breaks a headline into lines that fit the card, with an ellipsis if it runs
 * long. English breaks between words; Chinese, which has no spaces, between
 * any two characters.
 */
export function wrapTitle(title: string): string[] {
  const pieces = title
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.match(PIECE)!.map((text, index) => ({ text, spaced: index === 0 })));
  const lines: string[] = [];
  let line = '';
  for (const { text, spaced } of pieces) {
    const candidate = line ? `${line}${spaced ? ' ' : ''}${text}` : text;
    if (widthOf(candidate) <= TITLE_LINE_WIDTH || !line || NO_LINE_START.test(text)) line = candidate;
    else {
      lines.push(line);
      line = text;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= TITLE_MAX_LINES) return lines;
  const kept = lines.slice(0, TITLE_MAX_LINES);
  kept[TITLE_MAX_LINES - 1] = `${kept[TITLE_MAX_LINES - 1].replace(/[\s,.;:，。、；：]+$/, '')}…`;
  return kept;
}

function overlaySvg(title: string, forumName: string, siteName: string): string {
  const { width, height } = SOCIAL_CARD_SIZE;
  const lines = wrapTitle(title);
  const lineHeight = 70;
  const firstBaseline = height - 110 - (lines.length - 1) * lineHeight;
  const titleLines = lines
    .map((text, index) => `<tspan x="64" y="${firstBaseline + index * lineHeight}">${xmlText(text)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="#000" stop-opacity="0.35"/>
    <stop offset="0.45" stop-color="#000" stop-opacity="0.55"/>
    <stop offset="1" stop-color="#000" stop-opacity="0.85"/>
  </linearGradient></defs>
  <rect width="${width}" height="${height}" fill="url(#shade)"/>
  <rect x="0" y="0" width="${width}" height="10" fill="#2f8fdf"/>
  <text x="64" y="92" fill="#cfe6ff" font-family="${FONTS}" font-size="28" font-weight="bold" letter-spacing="2">${xmlText(forumName.toUpperCase())}</text>
  <text fill="#ffffff" font-family="${FONTS}" font-size="56" font-weight="bold">${titleLines}</text>
  <text x="64" y="${height - 40}" fill="#ffffff" fill-opacity="0.9" font-family="${FONTS}" font-size="26">${xmlText(siteName)}</text>
</svg>`;
}

export async function renderSocialCard(
  cover: Buffer,
  title: string,
  forumName: string,
  siteName = en.site.name,
): Promise<Buffer> {
  const { width, height } = SOCIAL_CARD_SIZE;
  // JPEG: every preview service accepts it, and it is small for photos and gradients alike.
  return sharp(cover)
    .resize(width, height, { fit: 'cover' })
    .composite([{ input: Buffer.from(overlaySvg(title, forumName, siteName)) }])
    .jpeg({ quality: 84, progressive: true })
    .toBuffer();
}
