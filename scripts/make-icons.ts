import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { generatedCoverSvg } from '../server/content/generated-cover.ts';
import { renderSocialCard } from '../server/content/social-card.ts';
import { en } from '../src/shared/i18n/en.ts';

// Draws the app icons and the site-wide preview card from public/favicon.svg,
// and the mask that draws the language switch's 中文 on English pages.
// Run after changing the logo: `npx tsx scripts/make-icons.ts`; the output is committed.
const publicDir = path.resolve(import.meta.dirname, '..', 'public');
const logo = readFileSync(path.join(publicDir, 'favicon.svg'));

for (const [name, size] of [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['apple-touch-icon.png', 180],
] as const) {
  await sharp(logo, { density: 72 * (size / 64) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(publicDir, name));
}

const siteCard = await renderSocialCard(
  Buffer.from(generatedCoverSvg('wiotc-news-center', 'wiotc')),
  `WIOTC ${en.site.tagline}`,
  'World Internet of Things Convention',
);
writeFileSync(path.join(publicDir, 'social-card.jpg'), siteCard);
// 中文 in white on transparent, cropped to the glyphs: the language switch uses
// it as a mask filled with the link's colour. Large enough to stay sharp at 5x.
const chineseLabel = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120"><text x="0" y="96" font-family="Noto Sans CJK SC" font-weight="700" font-size="100" fill="#fff">中文</text></svg>`;
await sharp(Buffer.from(chineseLabel))
  .trim({ threshold: 1 })
  .png({ compressionLevel: 9 })
  .toFile(path.join(publicDir, 'zh-label.png'));

console.log('Icons, the site preview card and the 中文 label are written to public/.');
