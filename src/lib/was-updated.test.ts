import { describe, expect, it } from 'vitest';
import { wasUpdated } from './was-updated.ts';

const publishedAt = '2023-11-20T09:00:00+08:00';

describe('wasUpdated', () => {
  it('tells of a change made more than ten minutes after publication, in any time zone', () => {
    expect(wasUpdated({ publishedAt, updatedAt: '2023-11-20T09:11:00+08:00' })).toBe(true);
    expect(wasUpdated({ publishedAt, updatedAt: '2023-11-21T02:00:00Z' })).toBe(true);
  });

  it('keeps quiet about an update at publication or minutes after it', () => {
    expect(wasUpdated({ publishedAt, updatedAt: publishedAt })).toBe(false);
    expect(wasUpdated({ publishedAt, updatedAt: '2023-11-20T01:10:00Z' })).toBe(false);
  });
});
