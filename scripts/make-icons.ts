import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { generatedCoverSvg } from '../server/content/generated-cover.ts';
import { renderSocialCard } from '../server/content/social-card.ts';
import { en } from '../src/shared/i18n/en.ts';

// Draws the app icons and the site-wide preview card from public/favicon.svg,
// and the outlines the language switch draws 中文 with on English pages.
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
// 中文 as outlines, in a box two ems wide and one high like the text it
// stands for: the language switch fills it with the link's colour. The glyphs
// are Noto Sans CJK SC Bold's (SIL Open Font License), which Debian ships.
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
const font = fontkit.openSync(CJK_FONT, 'NotoSansCJKsc-Bold');
const run = font.layout('中文');
let advance = 0;
const outlines = run.glyphs.map((glyph, index) => {
  const outline = glyph.path.translate(advance, 0).toSVG();
  advance += run.positions[index].xAdvance;
  return outline;
});
const pathData = outlines.join('').replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number))));
writeFileSync(
  path.resolve(import.meta.dirname, '..', 'src', 'styles', 'zh-label.svg'),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 -880 ${advance} 1000"><path transform="scale(1 -1)" d="${pathData}"/></svg>\n`,
);

console.log('Icons and the site preview card are written to public/, the 中文 label to src/styles/.');
