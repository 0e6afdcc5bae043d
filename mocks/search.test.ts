import { describe, expect, it } from 'vitest';
import { excerpt, highlight, textContainsAll } from '../src/shared/search-matching.ts';
import { queryWords, score } from './search.ts';

// The mock follows the server's rules (server/db/chinese-search.test.ts compares the two).
const TITLE = '首届世界物联网大会在北京开幕';
const BODY = '开幕式上，发言嘉宾将物联网描述为互联网发展的下一阶段。5G工业互联网展区亮相。';

describe('mock search in Chinese', () => {
  it('finds Chinese words, mixed and full-width queries', () => {
    for (const query of ['北京', '开幕', '物联网', '5G 工业互联网', '５Ｇ', '5G工业']) {
      expect(textContainsAll(`${TITLE} ${BODY}`, queryWords(query)), query).toBe(true);
    }
    expect(textContainsAll(TITLE, queryWords('能源'))).toBe(false);
    expect(textContainsAll(TITLE, queryWords('北京 能源'))).toBe(false);
  });

  it('marks whole words', () => {
    expect(highlight(TITLE, queryWords('物联网 北京'))).toEqual({
      text: TITLE,
      ranges: [
        [4, 7],
        [10, 12],
      ],
    });
    expect(highlight(BODY, queryWords('开幕')).ranges).toEqual([[0, 2]]);
  });

  it('keeps English as it was', () => {
    const words = queryWords('Malmo sens');
    expect(textContainsAll('Sensors in Malmö', words)).toBe(true);
    expect(textContainsAll('Sensors in Malmöhus', words)).toBe(false);
    expect(highlight('Sensors in Malmö', words).ranges).toEqual([
      [0, 7],
      [11, 16],
    ]);
  });

  it('excerpts and scores by the same matches', () => {
    expect(excerpt(BODY, queryWords('工业互联网')).ranges.length).toBe(1);
    expect(score({ title: TITLE, summary: '', body: BODY, tags: '' }, queryWords('物联网'))).toBe(11);
  });
});
