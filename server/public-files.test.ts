import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

const publicDir = path.resolve(import.meta.dirname, '..', 'public');

describe('files for browsers and home screens', () => {
  it('has a web app manifest whose icons exist at their stated sizes', async () => {
    const manifest = JSON.parse(readFileSync(path.join(publicDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'WIOTC News Center', start_url: '/', display: 'standalone' });
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const file = path.join(publicDir, icon.src);
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.sizes !== 'any') {
        const { width, height } = await sharp(file).metadata();
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    }
  });

  it('has a favicon and a 1200×630 site preview card', async () => {
    expect(readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8')).toMatch(/^<svg /);
    expect(await sharp(path.join(publicDir, 'social-card.jpg')).metadata()).toMatchObject({ width: 1200, height: 630 });
  });
});
