import { describe, expect, it } from 'vitest';
import { bodyPlainText, readingMinutes, renderBodyHtml } from './render-body.ts';

describe('renderBodyHtml', () => {
  it('keeps the allowed structure and removes everything that could run', () => {
    const html = renderBodyHtml(
      [
        '# Heading',
        'Text with <script>alert(1)</script> and <img src="https://evil.example/x.png" onerror="alert(1)">.',
        '',
        '[Out](https://example.org) and [in](/news/a) and [bad](javascript:alert(1))',
        '',
        '| A | B |',
        '| - | - |',
        '| 1 | 2 |',
      ].join('\n'),
    );
    expect(html).toContain('<h2>Heading</h2>');
    expect(html).not.toMatch(/script|onerror|evil\.example|javascript:/);
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">Out</a>');
    expect(html).toContain('<a href="/news/a">in</a>');
    expect(html).toContain('<table>');
  });
});

describe('bodyPlainText', () => {
  it('gives the text with blocks on their own lines and entities decoded', () => {
    const html = renderBodyHtml('First & <b>bold</b> "quoted" 1 < 2.\n\n- one\n- two\n\n| A | B |\n| - | - |\n| x | y |');
    expect(bodyPlainText(html)).toBe('First & bold "quoted" 1 < 2.\none\ntwo\nA B\nx y');
  });

  it('decodes numeric entities and keeps unknown ones as they are', () => {
    expect(bodyPlainText('<p>caf&#233; &#x4E2D; &nbsp-ish &bogus;</p>')).toBe('café 中 &nbsp-ish &bogus;');
  });
});

describe('readingMinutes', () => {
  it('counts about 220 words a minute, and at least one', () => {
    expect(readingMinutes('word '.repeat(660))).toBe(3);
    expect(readingMinutes('short')).toBe(1);
  });

  it('counts Chinese text by characters, about 380 a minute, and not its punctuation as words', () => {
    expect(readingMinutes('物联网'.repeat(400))).toBe(3);
    // 1,140 characters and 380 commas: 3 minutes, where counting each comma as a word would make 5.
    expect(readingMinutes('物联网，'.repeat(380))).toBe(3);
    // A Chinese sentence with Latin words in it counts both.
    expect(readingMinutes(`${'物联网'.repeat(95)} ${'5G network '.repeat(110)}`)).toBe(2);
  });
});

describe('images in the body', () => {
  it('come only from the portal’s /media/, whatever the editor pastes', () => {
    const html = renderBodyHtml(
      [
        '<picture><source type="image/avif" srcset="/media/images/a-1.avif 480w, https://evil.example/a.avif 800w">',
        '<source type="image/webp" srcset="/media/images/a-1.webp 480w">',
        '<img src="/media/images/a-1.jpg" alt="Kept" loading="lazy" decoding="async" onload="alert(1)"></picture>',
        '',
        '<img src="../covers/x.jpg" alt="Not served"> <img src="data:image/png;base64,AAAA" alt="Inline">',
        '<img src="/media/../api/articles" alt="Climbs out">',
      ].join('\n'),
    );
    // A remote candidate is dropped from a srcset; the portal's own stay.
    expect(html).toContain('<source type="image/avif" srcset="/media/images/a-1.avif 480w" />');
    expect(html).toContain('<source type="image/webp" srcset="/media/images/a-1.webp 480w" />');
    expect(html).toContain('<img src="/media/images/a-1.jpg" alt="Kept" loading="lazy" decoding="async" />');
    expect(html).not.toMatch(/evil|onload|Not served|Inline|Climbs out/);
  });
});
