import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticles } from '../../mocks/data.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { formatProblem } from './content-problem.ts';
import { importContent } from './import-content.ts';

// An editor fixes a file once: one run of the import names every mistake in
// it, in words that say what to write instead.

const site = useFixtureSite({ fresh: true });

const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(site.contentDir, file)), { recursive: true });
  writeFileSync(path.join(site.contentDir, file), text);
};
const article = (frontMatter: string[], body = 'Some text.') => `---\n${frontMatter.join('\n')}\n---\n\n${body}\n`;

async function reportFor(file: string) {
  const result = await importContent(site.contentDir, site.databaseFile);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.filter((problem) => problem.file === file).map(formatProblem);
}

describe('mistakes in an article file', () => {
  it('are all reported in one run, those across files included', async () => {
    write(
      'articles/2024-11-20-grid-pilots.md',
      article(
        [
          'title: Grid pilots',
          'slug: grid-operators-share-outage-data',
          'published: 2024-11-20T10:00:00+08:00',
          'forum: energy-sesion',
          'tags: [standards]',
          'sumary: Pilots in five countries.',
          'cover:',
          '  image: nowhere.jpg',
          '  alt: A control room',
        ],
        '',
      ),
    );
    const at = 'articles/2024-11-20-grid-pilots.md';
    expect(await reportFor(at)).toEqual([
      `${at} › tags: unknown field: did you mean topics?`,
      `${at} › sumary: unknown field: did you mean summary?`,
      `${at} › summary: the summary is missing`,
      `${at} › forum: unknown forum "energy-sesion": did you mean energy-session? Otherwise add it to forums.yaml first`,
      `${at} › body: the body is empty (after removing unsafe markup)`,
      `${at} › cover.image: the cover file covers/nowhere.jpg does not exist`,
      `${at} › slug: the slug "grid-operators-share-outage-data" is already used by ` +
        'articles/2023-11-21-grid-operators-share-outage-data.md',
    ]);
  });

  it('name the field an unknown one most likely meant, or list the fields', async () => {
    write(
      'articles/2024-11-20-unknown-fields.md',
      article([
        'title: Unknown fields',
        'published: 2024-11-20T10:00:00+08:00',
        'forum: energy-session',
        'topics: [standards]',
        'summary: A summary.',
        'date: 2024-11-20',
        'language: en',
        'former_slugs: [old-name]',
        'Author: Staff reporter',
        'tpoics: [standards]',
        'colour: blue',
        'cover:',
        '  image: hall.svg',
        '  alt: The hall',
        '  src: hall.svg',
      ]),
    );
    const at = 'articles/2024-11-20-unknown-fields.md';
    expect(await reportFor(at)).toEqual([
      `${at} › date: unknown field: did you mean published?`,
      `${at} › language: unknown field: did you mean lang?`,
      `${at} › former_slugs: unknown field: did you mean formerSlugs?`,
      `${at} › Author: unknown field: did you mean author?`,
      `${at} › tpoics: unknown field: did you mean topics?`,
      expect.stringMatching(new RegExp(`^${at} › colour: unknown field: the fields are title, slug, lang, .*, cover$`)),
      `${at} › cover.src: unknown field: the fields are image, alt, caption, credit`,
      `${at} › cover.image: the cover file covers/hall.svg does not exist`,
    ]);
  });

  it('in the YAML name the field and its line in the file, and the other fields are still checked', async () => {
    write(
      'articles/2024-11-20-broken-yaml.md',
      article([
        'title: Grid pilots', // line 2: the file's line 1 is the opening ---
        'published: 2024-11-20T10:00:00+08:00',
        'topics: [standards',
        'forum: no-such-forum',
        'summary: Grids: what next',
      ]),
    );
    write(
      'articles/2024-11-20-twice.md',
      article([
        'title: Twice',
        'published: 2024-11-20T10:00:00+08:00',
        'forum: energy-session',
        'title: Twice again',
        'topics: [standards]',
        'summary: "A summary',
      ]),
    );
    const broken = 'articles/2024-11-20-broken-yaml.md';
    expect(await reportFor(broken)).toEqual([
      `${broken} › topics: invalid YAML on line 4: the closing ] is missing`,
      `${broken} › summary: invalid YAML on line 6: a value that holds ": " must be put in quotes`,
      `${broken} › forum: unknown forum "no-such-forum"; add it to forums.yaml first`,
    ]);
    const twice = 'articles/2024-11-20-twice.md';
    expect(await reportFor(twice)).toEqual([
      `${twice} › title: invalid YAML on line 5: the field is given twice`,
      `${twice} › summary: invalid YAML on line 7: the closing quote is missing`,
    ]);
  });
});

describe('files the import leaves out', () => {
  it('are listed as warnings with the reason, and the rest is imported', async () => {
    write('articles/notes.txt', 'Interview notes.');
    write('articles/2024-11-20-draft.markdown', article(['title: Draft']));
    write('articles/zh/README.md', '# 中文稿件');
    write('articles/cover.jpg', 'not really a photo');
    write('2024-11-20-misplaced.md', article(['title: Misplaced']));
    write('articles/.DS_Store', '');
    write('covers/.hidden.md', '');

    const result = await importContent(site.contentDir, site.databaseFile);
    expect(result).toMatchObject({ ok: true, articleCount: fixtureArticles.length });
    expect(result.warnings.map(formatProblem)).toEqual([
      '2024-11-20-misplaced.md: skipped: articles are read only from content/articles/: move it there',
      'articles/2024-11-20-draft.markdown: skipped: only files ending in .md are imported: rename it to 2024-11-20-draft.md',
      'articles/cover.jpg: skipped: images are not imported from here: put covers in content/covers/',
      'articles/notes.txt: skipped: not an article: only files ending in .md are imported',
      'articles/zh/README.md: skipped: a README is notes for editors, not an article',
    ]);
  });

  it('are listed when the import fails too', async () => {
    write('articles/notes.txt', 'Interview notes.');
    write('articles/2024-11-20-no-title.md', article(['published: 2024-11-20T10:00:00+08:00']));
    const result = await importContent(site.contentDir, site.databaseFile);
    expect(result.ok).toBe(false);
    expect(result.warnings.map(formatProblem)).toEqual([
      'articles/notes.txt: skipped: not an article: only files ending in .md are imported',
    ]);
  });
});
