import { describe, expect, it } from 'vitest';
import { ApiError } from './api/api-error.ts';
import { retryDelay, retryWhenBusy } from './query-client.ts';

const busy = (retryAfterSeconds?: number) => new ApiError('http', 503, 'busy', retryAfterSeconds);

describe('asking a busy server again', () => {
  it('waits as long as the server asked, within reason', () => {
    expect(retryDelay(1, busy(5))).toBe(5000);
    expect(retryDelay(1, busy(0))).toBe(1000);
    expect(retryDelay(1, busy(3600))).toBe(30_000);
    expect(retryDelay(1, busy())).toBe(2000);
  });

  it('backs off from other failures without regard to a Retry-After', () => {
    const failed = new ApiError('http', 500, 'failed', 5);
    expect([0, 1, 2].map((count) => retryDelay(count, failed))).toEqual([1000, 2000, 4000]);
  });

  it('asks a busy server again a few times, and nothing else', () => {
    expect([0, 1, 2, 3].map((count) => retryWhenBusy(count, busy(1)))).toEqual([true, true, true, false]);
    expect(retryWhenBusy(0, new ApiError('http', 500, 'failed'))).toBe(false);
    expect(retryWhenBusy(0, new ApiError('network', 0, 'offline'))).toBe(false);
  });
});
