import { describe, expect, it } from 'vitest';
import { canonicalPath, withoutTracking } from './canonical.ts';

describe('canonicalPath', () => {
  it.each([
    ['/news/some-story', '?utm_source=x&page=2', '/news/some-story'],
    ['/', '?page=1', '/'],
    ['/', '?page=3&fbclid=abc', '/?page=3'],
    [
      '/forums/energy-session',
      '?topic=smart-cities&page=2&utm_medium=social',
      '/forums/energy-session?topic=smart-cities&page=2',
    ],
    ['/topics/fintech', '?forum=digital-finance-session', '/topics/fintech?forum=digital-finance-session'],
    ['/search', '?q=smart+grid&sort=x', '/search?q=smart+grid'],
  ])('%s%s → %s', (pathname, search, expected) => {
    expect(canonicalPath(pathname, search)).toBe(expected);
  });
});

describe('withoutTracking', () => {
  it('drops tracking parameters and keeps the rest', () => {
    expect(withoutTracking('?utm_source=a&UTM_Campaign=b&q=grid&fbclid=1&gclid=2')).toBe('?q=grid');
    expect(withoutTracking('?utm_source=a')).toBe('');
  });
});
