import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAgain } from '../test/import-again.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// YAML aliases (*name) repeat the value of an anchor (&name). Nested, a few
// lines of them would repeat a value billions of times: the import refuses
// such a file as one more mistake in the list, naming where it is.

const site = useFixtureSite({ fresh: true });

const write = (file: string, text: string) => writeFileSync(path.join(site.contentDir, file), text);
const ALIAS_BOMB = [
  '  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  '  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  '  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  '  - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  '  - &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
];
const REFUSED = 'its aliases (*name) repeat values too many times: write the values out instead';

async function problems() {
  const result = await importAgain(site);
  expect(result.ok).toBe(false);
  return result.problems;
}

// With a forum or topic refused, every article of it is refused too: these tests look at the YAML files.
const inTaxonomy = (problem: string) => /^(forums|topics)\.yaml/.test(problem);

describe('aliases that repeat a value too many times', () => {
  it('are a problem of the article field they are in, and the other fields are still checked', async () => {
    const front = [
      'title: Laughs', // line 2
      'published: 2024-11-20T10:00:00+08:00',
      'forum: no-such-forum',
      'topics:',
      ...ALIAS_BOMB,
      'summary: A summary.',
    ];
    write('articles/2024-11-20-laughs.md', `---\n${front.join('\n')}\n---\n\nSome text.\n`);
    const at = 'articles/2024-11-20-laughs.md';
    expect((await problems()).filter((problem) => problem.startsWith(at))).toEqual([
      `${at} › topics: invalid YAML on line 5: ${REFUSED}`,
      `${at} › forum: unknown forum "no-such-forum"; add it to forums.yaml first`,
    ]);
  });

  it('are a problem of the forums.yaml or topics.yaml entry they are in', async () => {
    const forums = readFileSync(path.join(site.contentDir, 'forums.yaml'), 'utf8');
    write('forums.yaml', `${forums}laughs:\n  name: Laughs\n  zh:\n    name: 笑\n  lines:\n${ALIAS_BOMB.map((line) => `  ${line}`).join('\n')}\n`);
    const topics = readFileSync(path.join(site.contentDir, 'topics.yaml'), 'utf8');
    write('topics.yaml', `laughs:\n${ALIAS_BOMB.join('\n')}\n${topics}`);
    const lastLine = forums.split('\n').length;
    expect((await problems()).filter(inTaxonomy)).toEqual([
      `forums.yaml › laughs: invalid YAML on line ${lastLine}: ${REFUSED}`,
      `topics.yaml › laughs: invalid YAML on line 1: ${REFUSED}`,
    ]);
  });
});
