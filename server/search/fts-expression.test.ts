import { describe, expect, it } from 'vitest';
import { planSearch } from '../../src/shared/search-plan.ts';
import { createVocabulary } from '../../src/shared/vocabulary.ts';
import { anyFormExpression, exactExpression, typedExpression } from './fts-expression.ts';

describe('typedExpression', () => {
  it('quotes every word, so operators are plain text, and lets the last one be a prefix', () => {
    expect(typedExpression('smart city')).toBe('"smart" AND "city"*');
    expect(typedExpression('a OR b NOT (c) d NEAR/2 e*')).toBe(
      '"a" AND "or" AND "b" AND "not" AND "c" AND "d" AND "near" AND "2" AND "e"*',
    );
    expect(typedExpression('*--')).toBeUndefined();
  });

  it('searches a quoted phrase as one phrase, exactly once closed', () => {
    expect(typedExpression('"smart city" grid')).toBe('"smart city" AND "grid"*');
    expect(typedExpression('grid "smart cit')).toBe('"grid" AND "smart cit"*');
    expect(typedExpression('"a" OR "b"')).toBe('"a" AND "or" AND "b"');
  });

  it('searches a Chinese run as the phrase of its words, as a prefix', () => {
    expect(typedExpression('北京')).toBe('"北京"*');
    expect(typedExpression('物联网')).toBe('"物联网"*');
    expect(typedExpression('5G 工业互联网')).toBe('"5g" AND "工业 互联网"*');
    expect(typedExpression('5G工业')).toBe('"5g 工业"*');
    expect(typedExpression('能源 sensor')).toBe('"能源"* AND "sensor"*');
  });

  it('normalises full-width characters', () => {
    expect(typedExpression('５Ｇ')).toBe('"5g"*');
    expect(typedExpression('（北京）＋５Ｇ')).toBe('"北京"* AND "5g"*');
  });
});

describe('word forms', () => {
  const vocabulary = createVocabulary(
    ['city', 'cities', 'grid', 'grids', 'smart', 'connect', 'connected', 'connectivity'].map((term) => ({
      term,
      docs: 3,
    })),
  );

  it('finds the other indexed forms of each lone word, but not as exact matches', () => {
    const plan = planSearch('smart cities', vocabulary);
    expect(exactExpression(plan)).toBe('"smart" AND "cities"');
    expect(anyFormExpression(plan)).toBe('"smart" AND ("cities" OR "city")');
    expect(exactExpression(planSearch('智慧城市 grid', vocabulary))).toBe('"智慧 城市"* AND "grid"');
    expect(anyFormExpression(planSearch('connect', vocabulary))).toBe('("connect" OR "connected" OR "connectivity")');
  });

  it('keeps a quoted phrase as typed, and a word without other forms as typed', () => {
    const quotedPlan = planSearch('"smart cities"', vocabulary);
    expect(anyFormExpression(quotedPlan)).toBe(exactExpression(quotedPlan));
    expect(anyFormExpression(planSearch('quasar zeolite', vocabulary))).toBe('"quasar" AND "zeolite"*');
  });

  it('lists the few words a long unfinished word may become, and leaves short ones to the index', () => {
    expect(anyFormExpression(planSearch('smart conne', vocabulary))).toBe(
      '"smart" AND ("connect" OR "connected" OR "connectivity")',
    );
    expect(anyFormExpression(planSearch('con', vocabulary))).toBe('"con"*');
    expect(anyFormExpression(planSearch('connex', vocabulary))).toBe('"connex"*');
  });
});
