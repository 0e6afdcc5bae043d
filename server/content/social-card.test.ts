import { describe, expect, it } from 'vitest';
import { wrapTitle } from './social-card.ts';

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
