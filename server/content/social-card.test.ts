import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { writeFixtureContent } from '../test/fixture-site.ts';
import { attachSocialCards } from './attach-social-cards.ts';
import { loadContent } from './load-content.ts';
import { SOCIAL_CARD_SIZE, renderSocialCard, wrapTitle } from './social-card.ts';

describe('wrapTitle', () => {
  it('breaks English between words, within 30 letters a line', () => {
    const lines = wrapTitle('The World Internet of Things Convention 2023 Kicked off in Beijing');
    expect(lines).toEqual(['The World Internet of Things', 'Convention 2023 Kicked off in', 'Beijing']);
  });

  it('breaks Chinese between characters, counting each as two letters wide', () => {
    const lines = wrapTitle('电网传感器与智能电表助力城市平衡日益增长的用电需求');
    expect(lines).toEqual(['电网传感器与智能电表助力城市平', '衡日益增长的用电需求']);
  });

  it('keeps closing punctuation at the end of a line and the spaces of mixed text', () => {
    // The first line is full before its comma, which still stays on it.
    expect(wrapTitle('2023世界物联网大会在北京开幕，来自近50个国家的代表参加 5G Summit')).toEqual([
      '2023世界物联网大会在北京开幕，',
      '来自近50个国家的代表参加 5G',
      'Summit',
    ]);
  });
});

describe('the preview card', () => {
  const cover = () =>
    sharp({ create: { width: 1600, height: 900, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();

  it('is drawn whatever characters the headline and the forum’s name hold', async () => {
    const card = await renderSocialCard(await cover(), 'Vertical\u000btab, \u0000null & <b>markup</b> ]]>', 'Forum\u0002 & Co');
    expect(await sharp(card).metadata()).toMatchObject({ format: 'jpeg', ...SOCIAL_CARD_SIZE });
  });

  it('that cannot be drawn is a problem of its article, listed with the others', async () => {
    const contentDir = mkdtempSync(path.join(tmpdir(), 'wiotc-cards-'));
    try {
      writeFixtureContent(contentDir);
      const { content } = await loadContent(contentDir);
      const article = content.articles[0];
      article.cover.media = { ...article.cover.media, data: Buffer.from('not a picture') };
      const result = await attachSocialCards({ ...content, articles: [article] }, path.join(contentDir, 'none.db'));
      expect(result.problems).toEqual([
        { file: article.sourceFile, message: expect.stringMatching(/^the preview card cannot be drawn: \w/) },
      ]);
    } finally {
      rmSync(contentDir, { recursive: true, force: true });
    }
  });
});
