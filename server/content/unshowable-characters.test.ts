import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editTaxonomy } from '../test/edit-taxonomy.ts';
import { importAgain } from '../test/import-again.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { unshowableInBody } from './unshowable-characters.ts';

// Characters that no page, feed or card can show (control characters, say,
// pasted from a word processor) are refused at import, with where they are:
// in a feed they make the whole feed unreadable.

const site = useFixtureSite({ fresh: true });

const write = (file: string, text: string) => writeFileSync(path.join(site.contentDir, file), text);
const article = (frontMatter: string[], body: string) => `---\n${frontMatter.join('\n')}\n---\n\n${body}\n`;
const fields = (extra: string[]) => [
  'published: 2024-11-20T10:00:00+08:00',
  'forum: energy-session',
  'topics: [standards]',
  ...extra,
];

async function problems() {
  const result = await importAgain(site);
  expect(result.ok).toBe(false);
  return result.problems;
}

// With a forum or topic refused, every article of it is refused too: these tests look at the YAML files.
const inTaxonomy = (problem: string) => /^(forums|topics)\.yaml/.test(problem);

describe('characters that cannot be shown', () => {
  it('are refused in every field of an article, written as they are or as YAML escapes', async () => {
    write(
      'articles/2024-11-20-controls.md',
      article(
        fields([
          'title: "Vertical\\vtab"',
          'summary: Fake \u0002highlight\u0003 marks.',
          'author: "Null\\0byte"',
          'correction: "Not a character: \\uFFFE"',
          'cover:',
          '  image: hall.svg',
          '  alt: "Half a pair: \\uD800"',
        ]),
        'A clean body.',
      ),
    );
    const at = 'articles/2024-11-20-controls.md';
    expect((await problems()).filter((problem) => problem.startsWith(at))).toEqual([
      `${at} › title: contains a control character (U+000B) that cannot be shown: remove it`,
      `${at} › correction: contains a character that is not text (U+FFFE) that cannot be shown: remove it`,
      `${at} › summary: contains a control character (U+0002) that cannot be shown: remove it`,
      `${at} › author: contains a control character (U+0000) that cannot be shown: remove it`,
      `${at} › cover.alt: contains half of a character (U+D800) that cannot be shown: remove it`,
    ]);
  });

  it('are refused in the body, with their line, while tabs and line breaks are fine', async () => {
    write(
      'articles/2024-11-20-body.md',
      article(
        fields(['title: Body', 'summary: A summary.']),
        ['First\tparagraph.', '', 'Second \u000b paragraph.', '', 'Third\u001f and \u0001.', '', 'Last &#2; one.'].join(
          '\r\n',
        ),
      ),
    );
    const at = 'articles/2024-11-20-body.md';
    // Lines 1 to 7 are the front matter between its --- lines; the first paragraph is on line 9.
    expect((await problems()).filter((problem) => problem.startsWith(at))).toEqual([
      `${at} › body: line 11: contains a control character (U+000B) that cannot be shown: remove it`,
      `${at} › body: line 13: contains a control character (U+001F) that cannot be shown: remove it`,
    ]);
  });

  it('are refused in the body when a character reference writes them', async () => {
    write('articles/2024-11-20-reference.md', article(fields(['title: Body', 'summary: A summary.']), 'Fake &#2;mark&#x3;.'));
    const at = 'articles/2024-11-20-reference.md';
    expect((await problems()).filter((problem) => problem.startsWith(at))).toEqual([
      `${at} › body: a character reference (&#…;) gives a control character (U+0002) that cannot be shown: remove it`,
    ]);
  });

  it('are refused in the names and descriptions of forums and topics', async () => {
    editTaxonomy(site.contentDir, 'forums.yaml', (forums) => {
      forums['energy-session'].name = 'Energy\u000bSession';
      forums['energy-session'].zh.description = '能源\u0003';
    });
    editTaxonomy(site.contentDir, 'topics.yaml', (topics) => {
      topics.standards.description = 'Standards\u0008';
    });
    expect((await problems()).filter(inTaxonomy)).toEqual([
      'forums.yaml › energy-session.name: contains a control character (U+000B) that cannot be shown: remove it',
      'forums.yaml › energy-session.zh.description: contains a control character (U+0003) that cannot be shown: remove it',
      'topics.yaml › standards.description: contains a control character (U+0008) that cannot be shown: remove it',
    ]);
  });
});

describe('a body full of characters that cannot be shown', () => {
  it('is reported in a few lines, and how many more there are', () => {
    const body = Array.from({ length: 40 }, (_, index) => `Line ${index}\u0007`).join('\n');
    expect(unshowableInBody(body, '', 10)).toEqual([
      'line 10: contains a control character (U+0007) that cannot be shown: remove it',
      'line 11: contains a control character (U+0007) that cannot be shown: remove it',
      'line 12: contains a control character (U+0007) that cannot be shown: remove it',
      'line 13: contains a control character (U+0007) that cannot be shown: remove it',
      '36 more lines contain such characters: remove them',
    ]);
  });
});
