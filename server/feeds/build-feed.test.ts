import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../src/shared/contract.ts';
import { buildRssFeed } from './build-feed.ts';

// Whatever an editor writes, every field of a feed stays text: nothing in it
// can end an element early, and the feed stays well-formed XML.

const ORIGIN = 'https://news.example.org';
const BREAKOUT = 'Headline ]]> one ]]></title><link>https://evil.example/phish</link><title><![CDATA[ end';

const article = (fields: Partial<ArticleSummary>): ArticleSummary => ({
  slug: 'hostile-headline',
  lang: 'en',
  title: 'A headline',
  summary: 'A summary.',
  publishedAt: '2024-11-20T02:00:00.000Z',
  updatedAt: '2024-11-21T02:00:00.000Z',
  author: 'Staff reporter',
  forum: { slug: 'energy-session', name: 'Energy Session' },
  topics: [{ slug: 'standards', name: 'Standards' }],
  readingMinutes: 1,
  cover: { src: '/media/cover.jpg', alt: '', width: 1200, height: 630 },
  ...fields,
});

const feedOf = (items: ArticleSummary[], title = 'WIOTC News Center') =>
  buildRssFeed({ lang: 'en', title, description: 'News & views', pagePath: '/', feedPath: '/feed.xml', items }, ORIGIN);

/** Parses as strictly as XML allows: any mistake is a parser error, not a guess. */
function parseStrictly(xml: string): Document {
  const document = new new JSDOM().window.DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  expect(error?.textContent, 'a well-formed feed').toBeUndefined();
  return document;
}

const childText = (parent: Element, name: string) =>
  [...parent.children].filter((child) => child.tagName === name).map((child) => child.textContent);

describe('an RSS feed', () => {
  it('keeps a headline that tries to close its element as the headline, with the article’s own link', () => {
    const feed = parseStrictly(feedOf([article({ title: BREAKOUT })]));
    const items = feed.getElementsByTagName('item');
    expect(items).toHaveLength(1);
    expect(childText(items[0], 'title')).toEqual([BREAKOUT]);
    expect(childText(items[0], 'link')).toEqual([`${ORIGIN}/news/hostile-headline`]);
    expect(childText(items[0], 'guid')).toEqual([`${ORIGIN}/news/hostile-headline`]);
  });

  it('carries markup, ampersands and quotes in every field as the text the editor wrote', () => {
    const hostile = (what: string) => `${what} ]]>]]> </title> & <script>alert("1")</script> 'quoted' ]]>`;
    const feed = parseStrictly(
      feedOf(
        [
          article({
            title: hostile('Title'),
            summary: hostile('Summary'),
            author: hostile('Author'),
            forum: { slug: 'energy-session', name: hostile('Forum') },
            topics: [{ slug: 'standards', name: hostile('Topic') }],
          }),
        ],
        hostile('Channel'),
      ),
    );
    const channel = feed.getElementsByTagName('channel')[0];
    expect(childText(channel, 'title')).toEqual([hostile('Channel')]);
    expect(childText(channel, 'description')).toEqual(['News & views']);
    const item = feed.getElementsByTagName('item')[0];
    expect(childText(item, 'title')).toEqual([hostile('Title')]);
    expect(childText(item, 'author')).toEqual([hostile('Author')]);
    expect(childText(item, 'category')).toEqual([hostile('Forum'), hostile('Topic')]);
    expect(childText(item, 'link')).toEqual([`${ORIGIN}/news/hostile-headline`]);
    // A description is HTML to feed readers: the summary is plain text, so a reader shows its markup as text.
    const description = new JSDOM(childText(item, 'description')[0]).window.document.body;
    expect(description.textContent).toBe(hostile('Summary'));
    expect(description.querySelector('script')).toBeNull();
  });

  it('stays well-formed when text holds characters XML cannot carry', () => {
    const feed = parseStrictly(
      feedOf([article({ title: 'Vertical\u000btab and \u0002marks\u0003 \uFFFF', author: 'Null\u0000 byte' })]),
    );
    const item = feed.getElementsByTagName('item')[0];
    expect(childText(item, 'title')).toEqual(['Verticaltab and marks ']);
    expect(childText(item, 'author')).toEqual(['Null byte']);
  });

  it('has what feed readers look for in the channel and each item', () => {
    const feed = parseStrictly(feedOf([article({})]));
    const channel = feed.getElementsByTagName('channel')[0];
    expect(feed.documentElement.getAttribute('version')).toBe('2.0');
    expect(childText(channel, 'link')).toEqual([`${ORIGIN}/`]);
    expect(childText(channel, 'language')).toEqual(['en']);
    expect(childText(channel, 'lastBuildDate')).toEqual(['Thu, 21 Nov 2024 02:00:00 GMT']);
    const self = channel.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];
    expect([self.getAttribute('rel'), self.getAttribute('href')]).toEqual(['self', `${ORIGIN}/feed.xml`]);
    const item = channel.getElementsByTagName('item')[0];
    // RSS has no date of change per item: pubDate is the publication, so a corrected story is not announced as new.
    expect(childText(item, 'pubDate')).toEqual(['Wed, 20 Nov 2024 02:00:00 GMT']);
    expect(childText(item, 'description')).toEqual(['A summary.']);
  });
});
