import { describe, expect, it } from 'vitest';
import { storedTokens, tokensOf } from './search-matching.ts';
import { indexableText } from './search-text.ts';

describe('storedTokens', () => {
  it('reads the same words, at the same places, from the stored text as from the original', () => {
    for (const text of [
      '首届世界物联网大会在北京开幕，5G工业互联网展区亮相。',
      'Smart grids in Malmö: ５Ｇ sensors, 北京 and São Paulo.',
      '开幕式上，发言嘉宾将物联网描述为互联网发展的下一阶段。',
      'Plain English with no Chinese at all.',
    ]) {
      const plain = (tokens: ReturnType<typeof tokensOf>) =>
        tokens.map(({ start, end, folded }) => ({ start, end, folded }));
      expect(plain(storedTokens(indexableText(text))), text).toEqual(plain(tokensOf(text)));
    }
  });
});
