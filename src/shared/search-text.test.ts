import { describe, expect, it } from 'vitest';
import { SEPARATOR, foldWidth, icuJoinedWords, indexableText, queryPhrases, searchTokens } from './search-text.ts';

const shown = (text: string) => text.replaceAll(SEPARATOR, '|');

describe('indexableText', () => {
  it('separates Chinese words, and Chinese from Latin letters and digits', () => {
    expect(shown(indexableText('2023世界物联网大会在北京开幕'))).toBe('2023|世界|物联网|大会|在|北京|开幕');
    expect(shown(indexableText('5G工业互联网，展区亮相'))).toBe('5G|工业|互联网，展区|亮相');
  });

  it('leaves punctuation and text without Chinese exactly as they were', () => {
    expect(shown(indexableText('能源分论坛，开幕式上。'))).toBe('能源|分|论坛，开幕|式|上。');
    for (const text of ['Sensors, São Paulo & 5G.', "Don't stop: e-mail 3.14 IoT-ready", '']) {
      expect(indexableText(text)).toBe(text);
    }
  });

  it('folds full-width letters and digits, one for one, and drops stray separators', () => {
    expect(shown(indexableText('５Ｇ网络'))).toBe('5G|网络');
    expect(indexableText(`a${SEPARATOR}b ＡＩ`)).toBe('ab AI');
  });

  it('only ever adds separators', () => {
    const text = '首届世界物联网大会在北京开幕，来自20多个国家的代表出席 (WIOTC)。';
    expect(indexableText(text).replaceAll(SEPARATOR, '')).toBe(text);
  });
});

describe('icuJoinedWords', () => {
  it('joins the characters ICU leaves single, but not function characters', () => {
    expect([...icuJoinedWords('世界物联网大会')]).toEqual(['世界', '物联网', '大会']);
    expect([...icuJoinedWords('农场和电网')]).toEqual(['农场', '和', '电网']);
  });
});

describe('searchTokens', () => {
  it('gives each token with its offsets in the text', () => {
    const text = '在5G工业互联网, 北京';
    expect(searchTokens(text).map(({ text: token, start, end }) => [token, text.slice(start, end)])).toEqual([
      ['在', '在'],
      ['5G', '5G'],
      ['工业', '工业'],
      ['互联网', '互联网'],
      ['北京', '北京'],
    ]);
  });

  it('keeps a character outside the BMP whole', () => {
    expect(searchTokens('𠀾a中').map((token) => token.text)).toEqual(['𠀾', 'a', '中']);
  });
});

describe('queryPhrases', () => {
  it('reads English as one token per word, the last a prefix', () => {
    expect(queryPhrases('sensor net* grid')).toEqual([
      { tokens: ['sensor'], prefix: false, quoted: false, text: 'sensor' },
      { tokens: ['net'], prefix: false, quoted: false, text: 'net' },
      { tokens: ['grid'], prefix: true, quoted: false, text: 'grid' },
    ]);
  });

  it('reads text in quotes as one phrase, exact once the quote is closed', () => {
    expect(queryPhrases('"smart city" sensors')).toEqual([
      { tokens: ['smart', 'city'], prefix: false, quoted: true, text: 'smart city' },
      { tokens: ['sensors'], prefix: true, quoted: false, text: 'sensors' },
    ]);
    expect(queryPhrases('grid "smart cit')).toEqual([
      { tokens: ['grid'], prefix: false, quoted: false, text: 'grid' },
      { tokens: ['smart', 'cit'], prefix: true, quoted: true, text: 'smart cit' },
    ]);
    expect(queryPhrases('“智慧城市”').map(({ tokens, quoted, prefix }) => ({ tokens, quoted, prefix }))).toEqual([
      { tokens: ['智慧', '城市'], quoted: true, prefix: false },
    ]);
    expect(queryPhrases('sensor "NEAR" (x) OR')).toHaveLength(4);
  });

  it('makes each typed Chinese run one phrase, matching as a prefix', () => {
    expect(queryPhrases('工业互联网 5G')).toEqual([
      { tokens: ['工业', '互联网'], prefix: true, quoted: false, text: '工业互联网' },
      { tokens: ['5G'], prefix: true, quoted: false, text: '5G' },
    ]);
    expect(queryPhrases('5G工业')).toEqual([{ tokens: ['5G', '工业'], prefix: true, quoted: false, text: '5G工业' }]);
  });

  it('normalises full-width letters, digits and spaces', () => {
    expect(queryPhrases('５Ｇ\u3000北京')).toEqual(queryPhrases('5G 北京'));
    expect(foldWidth('ＡＩ，５')).toBe('AI，5');
  });

  it('finds nothing to search in punctuation alone', () => {
    expect(queryPhrases('，。——“”')).toEqual([]);
  });
});
