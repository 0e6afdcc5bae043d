import { describe, expect, it } from 'vitest';
import { languageSwitchPath } from './language-switch.ts';

const translated = [{ lang: 'zh', slug: 'kai-mu', title: '开幕' }] as const;

describe('the same page in the other language', () => {
  it.each([
    ['/', '', 'zh', '/zh/'],
    ['/zh/', '', 'en', '/'],
    ['/zh', '', 'en', '/'],
    ['/', '?page=3&utm_source=chat', 'zh', '/zh/'],
    ['/forums/energy-session', '?topic=standards&page=2', 'zh', '/zh/forums/energy-session?topic=standards'],
    ['/zh/topics/smart-cities', '?forum=energy-session', 'en', '/topics/smart-cities?forum=energy-session'],
    ['/search', '?q=grid&languages=all&page=2', 'zh', '/zh/search?q=grid&languages=all'],
    ['/zh/search', '?q=%E5%8C%97%E4%BA%AC', 'en', '/search?q=%E5%8C%97%E4%BA%AC'],
  ] as const)('maps the list page %s%s to %s', (pathname, search, target, expected) => {
    expect(languageSwitchPath(target, pathname, search)).toEqual({ path: expected, available: true });
  });

  it('goes from an article to its translation', () => {
    expect(languageSwitchPath('zh', '/news/opening', '', translated)).toEqual({
      path: '/zh/news/kai-mu',
      available: true,
    });
  });

  it('goes to that language’s home, with a note, from an article that has no translation', () => {
    expect(languageSwitchPath('en', '/zh/news/kai-mu', '', [])).toEqual({ path: '/?untranslated=1', available: false });
    expect(languageSwitchPath('en', '/zh/news/kai-mu', '', translated)).toEqual({
      path: '/?untranslated=1',
      available: false,
    });
  });

  it('says nothing yet while the article loads, and sends an unknown page home', () => {
    expect(languageSwitchPath('zh', '/news/opening', '')).toEqual({ path: '/zh/', available: false });
    expect(languageSwitchPath('zh', '/no/such/page', '')).toEqual({ path: '/zh/', available: false });
  });
});
