import { describe, expect, it } from 'vitest';
import { ftsMatchExpression } from './fts-query.ts';

describe('ftsMatchExpression', () => {
  it('quotes every English word and lets the last one be a prefix, as before', () => {
    expect(ftsMatchExpression('smart city')).toBe('"smart" "city"*');
    expect(ftsMatchExpression('a OR b NOT (c) "d" NEAR/2 e*')).toBe('"a" "OR" "b" "NOT" "c" "d" "NEAR" "2" "e"*');
    expect(ftsMatchExpression('*--')).toBeUndefined();
  });

  it('searches a Chinese run as the phrase of its words, as a prefix', () => {
    expect(ftsMatchExpression('北京')).toBe('"北京"*');
    expect(ftsMatchExpression('物联网')).toBe('"物联网"*');
    expect(ftsMatchExpression('5G 工业互联网')).toBe('"5G" "工业 互联网"*');
    expect(ftsMatchExpression('5G工业')).toBe('"5G 工业"*');
    expect(ftsMatchExpression('能源 sensor')).toBe('"能源"* "sensor"*');
  });

  it('normalises full-width characters', () => {
    expect(ftsMatchExpression('５Ｇ')).toBe('"5G"*');
    expect(ftsMatchExpression('（北京）＋５Ｇ')).toBe('"北京"* "5G"*');
  });
});
