import { describe, expect, it } from 'vitest';
import { correctSpelling, planSearch } from './search-plan.ts';
import { createVocabulary } from './vocabulary.ts';

const vocabulary = createVocabulary(
  [
    ['agriculture', 19],
    ['agricultural', 4],
    ['smart', 30],
    ['grid', 12],
    ['grids', 9],
    ['sensor', 5],
    ['sensors', 20],
    ['北京', 40],
  ].map(([term, docs]) => ({ term: term as string, docs: docs as number })),
);
const corrected = (query: string) => correctSpelling(planSearch(query, vocabulary), vocabulary);

describe('spelling', () => {
  it('replaces only the words no article holds, keeping quotes and the rest as typed', () => {
    expect(corrected('agriculure')).toBe('agriculture');
    expect(corrected('Smart gird')).toBe('Smart grid');
    expect(corrected('"smart gird" 北京')).toBe('"smart grid" 北京');
    expect(corrected('smart grids')).toBeUndefined();
  });

  it('leaves a word being typed alone while some word starts with it, and short words always', () => {
    expect(corrected('agricu')).toBeUndefined();
    expect(corrected('grd')).toBeUndefined();
  });

  it('prefers the closest word, then the most common, and gives up beyond two typos', () => {
    expect(corrected('sensr')).toBe('sensor');
    expect(corrected('agricultrual')).toBe('agricultural');
    expect(corrected('xxgriculturexx')).toBeUndefined();
  });

  it('corrects at most four words of one query', () => {
    expect(corrected('gird gird gird gird gird')).toBe('grid grid grid grid gird');
  });
});
