import { describe, expect, it } from 'vitest';
import { absoluteUrl, canonicalPath, withoutTracking } from './canonical.ts';

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
    // One page, one URL: however its address was spelled.
    ['/news/%78ss-one', '', '/news/xss-one'],
    ['/NEWS/xss-one/', '', '/news/xss-one'],
    ['/news/a%3Fb', '', '/news/a%3Fb'],
    ['/zh', '', '/zh/'],
    ['/', '?page=01', '/'],
    ['/', '?page=002', '/?page=2'],
    ['/forums/energy-session', '?page=abc&topic=Not%20A%20Slug', '/forums/energy-session'],
    ['/search', '?q=+grid+&page=0', '/search?q=grid'],
    // A path that names no page keeps its own, in one spelling and on our origin.
    ['//evil.example/x', '', '/evil.example/x'],
    ['/no//such/%7Epage%2f', '?page=2', '/no/such/~page%2F'],
    ['//', '', '/'],
  ])('%s%s → %s', (pathname, search, expected) => {
    expect(canonicalPath(pathname, search)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it('keeps every path on the given origin', () => {
    expect(absoluteUrl('https://news.example.org', '/news/x?page=2')).toBe('https://news.example.org/news/x?page=2');
    expect(absoluteUrl('https://news.example.org', '//evil.example/x')).toBe('https://news.example.org/evil.example/x');
    expect(absoluteUrl('https://news.example.org', '/\\evil.example/x')).toBe(
      'https://news.example.org/evil.example/x',
    );
  });
});

describe('withoutTracking', () => {
  it('drops tracking parameters and keeps the rest', () => {
    expect(withoutTracking('?utm_source=a&UTM_Campaign=b&q=grid&fbclid=1&gclid=2')).toBe('?q=grid');
    expect(withoutTracking('?utm_source=a')).toBe('');
  });
});
