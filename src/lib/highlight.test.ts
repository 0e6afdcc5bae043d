import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight.ts';

const join = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');

describe('highlightSegments', () => {
  it('marks the given ranges and keeps the rest plain', () => {
    expect(highlightSegments('Smart grid pilots', [[6, 10]])).toEqual([
      { text: 'Smart ', marked: false },
      { text: 'grid', marked: true },
      { text: ' pilots', marked: false },
    ]);
  });

  it('returns the whole text unmarked without ranges', () => {
    expect(highlightSegments('Plain', [])).toEqual([{ text: 'Plain', marked: false }]);
    expect(highlightSegments('', [[0, 3]])).toEqual([]);
  });

  it('handles ranges at the edges, unsorted and overlapping', () => {
    const text = 'abcdefghij';
    const segments = highlightSegments(text, [
      [8, 10],
      [0, 2],
      [1, 4],
    ]);
    expect(segments).toEqual([
      { text: 'abcd', marked: true },
      { text: 'efgh', marked: false },
      { text: 'ij', marked: true },
    ]);
    expect(join(segments)).toBe(text);
  });

  it('clamps ranges outside the text and drops empty ones', () => {
    const segments = highlightSegments('short', [
      [-5, 2],
      [3, 99],
      [4, 4],
    ]);
    expect(segments).toEqual([
      { text: 'sh', marked: true },
      { text: 'o', marked: false },
      { text: 'rt', marked: true },
    ]);
  });

  it('keeps markup in the text as characters, cut only at the ranges', () => {
    // Segments are text; highlighted-text.test.tsx checks that none becomes an element.
    const segments = highlightSegments('<b>bold</b>', [[3, 7]]);
    expect(segments).toEqual([
      { text: '<b>', marked: false },
      { text: 'bold', marked: true },
      { text: '</b>', marked: false },
    ]);
    expect(join(segments)).toBe('<b>bold</b>');
  });
});
