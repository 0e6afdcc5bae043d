import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { generatedCoverSvg } from '../server/content/generated-cover.ts';
import { renderSocialCard } from '../server/content/social-card.ts';
import { en } from '../src/shared/i18n/en.ts';

// Draws the app icons and the site-wide preview card from public/favicon.svg.
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
console.log('Icons and the site preview card are written to public/.');
