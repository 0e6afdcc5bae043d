import { describe, expect, it } from 'vitest';
import { SEPARATOR } from '../../src/shared/search-text.ts';
import { MATCH_END, MATCH_START, toHighlightedText } from './fts-marks.ts';

const marked = (text: string) =>
  text.replaceAll('|', SEPARATOR).replaceAll('[', MATCH_START).replaceAll(']', MATCH_END);

describe('toHighlightedText', () => {
  it('reads English marks as ranges', () => {
    expect(toHighlightedText(marked('Smart [city] [sensors]'))).toEqual({
      text: 'Smart city sensors',
      ranges: [
        [6, 10],
        [11, 18],
      ],
    });
  });

  it('drops the separators between Chinese words and keeps ranges on whole words', () => {
    expect(toHighlightedText(marked('首届|世界|[物联网]|大会|在|[北京]|开幕'))).toEqual({
      text: '首届世界物联网大会在北京开幕',
      ranges: [
        [4, 7],
        [10, 12],
      ],
    });
    expect(toHighlightedText(marked('…|[5G]|[工业|互联网]|展区…'))).toEqual({
      text: '…5G工业互联网展区…',
      ranges: [
        [1, 3],
        [3, 8],
      ],
    });
  });

  it('ignores empty and unclosed marks', () => {
    expect(toHighlightedText(marked('[]北京|[开幕'))).toEqual({ text: '北京开幕', ranges: [] });
  });
});
