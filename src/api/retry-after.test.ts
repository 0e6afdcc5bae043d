import { describe, expect, it } from 'vitest';
import { readRetryAfter } from './retry-after.ts';

describe('readRetryAfter', () => {
  it('reads a number of seconds', () => {
    expect(readRetryAfter('3')).toBe(3);
    expect(readRetryAfter(' 0 ')).toBe(0);
  });

  it('reads a date as the seconds until it, and a past date as now', () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
    expect(readRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5);
    expect(readRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0);
  });

  it('gives nothing for a missing or unreadable header', () => {
    for (const header of [null, '', 'soon', '-4', '2.5']) expect(readRetryAfter(header)).toBeUndefined();
  });
});
