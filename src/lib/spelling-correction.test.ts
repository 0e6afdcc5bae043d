import { describe, expect, it } from 'vitest';
import { compareCorrection } from './spelling-correction.ts';

describe('compareCorrection', () => {
  it('names the misspelled word and marks its replacement', () => {
    expect(compareCorrection('agriculure', 'agriculture')).toEqual({
      missing: 'agriculure',
      words: [{ text: 'agriculture', changed: true }],
    });
  });

  it('marks only the changed words of a longer query', () => {
    expect(compareCorrection('smart  agriculure sensros', 'smart agriculture sensors')).toEqual({
      missing: 'agriculure sensros',
      words: [
        { text: 'smart', changed: false },
        { text: 'agriculture', changed: true },
        { text: 'sensors', changed: true },
      ],
    });
  });

  it('does not count a change of case as a correction', () => {
    expect(compareCorrection('Smart Gird', 'smart grid').words).toEqual([
      { text: 'smart', changed: false },
      { text: 'grid', changed: true },
    ]);
  });

  it('names the whole query when no single word was replaced', () => {
    expect(compareCorrection('grid smart', 'smart grid').missing).toBe('grid smart');
    expect(compareCorrection('北京物联网', '北京 物联网')).toEqual({
      missing: '北京物联网',
      words: [
        { text: '北京', changed: true },
        { text: '物联网', changed: true },
      ],
    });
  });
});
