import { describe, expect, it } from 'vitest';
import { type Messages, en } from './en.ts';
import { INFO_PAGES_TEXT } from './info-pages.ts';
import { loadMessages } from './load-messages.ts';
import { PREVIEW_TEXT } from './preview-text.ts';
import { SERVER_TEXT } from './server-text.ts';
import { SHARE_TEXT } from './share-text.ts';
import { zh } from './zh.ts';

/** Every text of a catalog, with each message function called on sample values (numbers: never English). */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return texts((value as (...args: unknown[]) => unknown)(2, 2), path);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => texts(entry, path ? `${path}.${key}` : key));
  }
  return [];
}

// Names that stay as they are in Chinese text.
const NAMES = new Set(['WIOTC', 'Facebook']);

describe('the interface text', () => {
  it('has no English left in the Chinese catalog, except names', () => {
    const english = texts({
      ...zh,
      infoPages: INFO_PAGES_TEXT.zh,
      preview: PREVIEW_TEXT.zh,
      share: SHARE_TEXT.zh,
      server: SERVER_TEXT.zh,
    })
      // Offered to readers who prefer English, so written in English.
      .filter(([path]) => !path.startsWith('language.offer.'))
      // Tells editors what to write in a file's front matter, which is the same in every language.
      .map(([path, text]): [string, string] => [path, text.replace('“draft: true”', '')])
      .flatMap(([path, text]) => (text.match(/[A-Za-z]{2,}/g) ?? []).map((word) => `${path}: ${word}`))
      .filter((entry) => !NAMES.has(entry.split(': ')[1]));
    expect(english).toEqual([]);
  });

  it('counts in English with plurals, and in Chinese without', () => {
    expect([1, 12].map((count) => en.taxonomy.count(count))).toEqual(['1 article', '12 articles']);
    expect(en.search.results(1, 'grid')).toBe('1 result for “grid”');
    expect([1, 12].map((count) => zh.taxonomy.count(count))).toEqual(['共1篇文章', '共12篇文章']);
    expect([en, zh].map((messages: Messages) => messages.article.readingTime(3))).toEqual([
      '3 min read',
      '阅读约3分钟',
    ]);
  });

  it('loads only the catalog asked for', async () => {
    expect(await loadMessages('zh')).toBe(zh);
    expect(await loadMessages('en')).toBe(en);
  });

  // A Chinese page must not download the English text: only load-messages.ts
  // may reach a catalog's values, and only through a dynamic import.
  it('is imported by the app only through loadMessages', () => {
    const sources = import.meta.glob<string>(['../../**/*.{ts,tsx}', '!../../**/*.test.{ts,tsx}', '!../../test/**'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    // A value import ("import { en } from ..."), not a type-only one.
    const valueImport = /^import\s+(?!type\s)(?!\{\s*type\s[^,}]*\}\s)[^;]*?from\s+'[^']*\/(?:en|zh)\.ts'/m;
    expect(valueImport.test("import { type Messages, en } from '../shared/i18n/en.ts';")).toBe(true);
    expect(valueImport.test("import type { Messages } from './en.ts';")).toBe(false);
    expect(valueImport.test("import { type Messages } from '../i18n/en.ts';")).toBe(false);
    const importers = Object.entries(sources)
      .filter(([, source]) => valueImport.test(source))
      .map(([file]) => file);
    expect(importers).toEqual([]);
    expect(Object.keys(sources).length).toBeGreaterThan(50);
  });
});
