import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editTaxonomy } from '../test/edit-taxonomy.ts';
import { importAgain } from '../test/import-again.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// Every text an editor writes has a length that fits where it is shown: an
// author's name is on every card and page of the article, a forum's name on
// every article of the forum.

const site = useFixtureSite({ fresh: true });

const write = (file: string, text: string) => writeFileSync(path.join(site.contentDir, file), text);
const articleWith = (author: string) =>
  [
    '---',
    'title: Long names',
    'published: 2024-11-20T10:00:00+08:00',
    'forum: energy-session',
    'topics: [standards]',
    'summary: A summary.',
    `author: ${author}`,
    '---',
    '',
    'Some text.',
    '',
  ].join('\n');

async function problems() {
  const result = await importAgain(site);
  expect(result.ok).toBe(false);
  return result.problems;
}

describe('the length of', () => {
  it('an author is at most 120 characters', async () => {
    write('articles/2024-11-20-long-author.md', articleWith('x'.repeat(200_000)));
    expect(await problems()).toEqual([
      'articles/2024-11-20-long-author.md › author: the author is longer than 120 characters',
    ]);
    write('articles/2024-11-20-long-author.md', articleWith('x'.repeat(120)));
    expect(await importAgain(site)).toMatchObject({ ok: true, problems: [] });
  });

  it('a forum’s or topic’s name is at most 80 characters, and its description at most 300', async () => {
    // Names and descriptions `over` characters beyond their limits, in both languages.
    const writeLengths = (over: number) => {
      editTaxonomy(site.contentDir, 'forums.yaml', (forums) => {
        forums['energy-session'].name = 'n'.repeat(80 + over);
        forums['energy-session'].zh.description = '能'.repeat(300 + over);
      });
      editTaxonomy(site.contentDir, 'topics.yaml', (topics) => {
        topics.standards.zh.name = '标'.repeat(80 + over);
        topics.standards.description = 'd'.repeat(300 + over);
      });
    };
    writeLengths(1);
    expect((await problems()).filter((problem) => /^(forums|topics)\.yaml/.test(problem))).toEqual([
      'forums.yaml › energy-session.name: the name is longer than 80 characters',
      'forums.yaml › energy-session.zh.description: the description is longer than 300 characters',
      'topics.yaml › standards.description: the description is longer than 300 characters',
      'topics.yaml › standards.zh.name: the name is longer than 80 characters',
    ]);
    writeLengths(0);
    expect(await importAgain(site)).toMatchObject({ ok: true, problems: [] });
  });
});
