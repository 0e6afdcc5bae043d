import { describe, expect, it } from 'vitest';
import { replacementDelayMs } from './replacement-delay.ts';

describe('replacing a server process that died', () => {
  const now = 1_000_000;

  it('is at once for the first crash in a minute', () => {
    expect(replacementDelayMs([now], now)).toBe(0);
    expect(replacementDelayMs([now - 61_000, now], now)).toBe(0);
  });

  it('waits longer with each crash within a minute, up to 30 s', () => {
    const crashes = (count: number) => Array.from({ length: count }, (_, index) => now - index * 1000);
    expect([2, 3, 4, 5].map((count) => replacementDelayMs(crashes(count), now))).toEqual([500, 1000, 2000, 4000]);
    expect(replacementDelayMs(crashes(40), now)).toBe(30_000);
  });
});
