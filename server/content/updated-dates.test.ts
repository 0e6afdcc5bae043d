import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';
import { writeFixtureContent } from '../test/fixture-site.ts';
import { formatProblem } from './content-problem.ts';
import { importContent } from './import-content.ts';

// The date of an article's last update: the editor's `updated`, or else the
// last commit that changed its file after adding it, on content in a real git
// repository, imported into a real database.

const PUBLISHED = '2024-11-20T10:00:00+08:00';
const root = mkdtempSync(path.join(tmpdir(), 'wiotc-updated-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function article(title: string, extra = '', body = 'Some text.') {
  const front = [`title: ${title}`, `published: ${PUBLISHED}`, 'forum: energy-session', 'topics: [standards]'];
  return `---\n${[...front, 'summary: A summary.', extra].filter(Boolean).join('\n')}\n---\n\n${body}\n`;
}

/** Runs git in `dir` as an editor would, each commit on the date given, whatever the machine's own settings. */
function git(dir: string, args: string[], date = '2025-01-10T09:00:00+08:00') {
  execFileSync('git', args, {
    cwd: dir,
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.org',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    },
  });
}

async function importedDates(contentDir: string) {
  const databaseFile = path.join(path.dirname(contentDir), `${path.basename(contentDir)}.db`);
  const result = await importContent(contentDir, databaseFile, { skipCards: true });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const db = openDatabase(databaseFile);
  const repository = createArticleRepository(db);
  const updatedAt = (slug: string) => repository.getArticle('en', slug)?.updatedAt;
  const dates = Object.fromEntries(
    ['added', 'changed', 'explicit', 'moved', 'uncommitted', 'scheduled', 'added-later'].map((slug) => [
      slug,
      updatedAt(slug),
    ]),
  );
  db.close();
  return dates;
}

const contentDir = path.join(root, 'content');
const articles = path.join(contentDir, 'articles');
const write = (file: string, text: string) => writeFileSync(path.join(articles, file), text);

beforeAll(() => {
  writeFixtureContent(contentDir, []);
  git(contentDir, ['init', '--quiet']);
  write('2024-11-20-added.md', article('Only added'));
  write('2024-11-20-changed.md', article('Changed after publication'));
  write('2024-11-20-explicit.md', article('Dated by its editor', 'updated: 2024-12-01T09:00:00+08:00'));
  write('2024-11-20-moved.md', article('Changed, then moved'));
  write('2024-11-20-uncommitted.md', article('Changed, then changed again without a commit'));
  write('2024-11-20-scheduled.md', article('Changed before publication').replace(PUBLISHED, '2025-06-01T10:00:00+08:00'));
  git(contentDir, ['add', '.']);
  git(contentDir, ['commit', '--quiet', '-m', 'Add the articles'], '2024-11-20T09:30:00+08:00');

  for (const slug of ['changed', 'explicit', 'moved', 'uncommitted', 'scheduled']) {
    writeFileSync(path.join(articles, `2024-11-20-${slug}.md`), '\nA corrected sentence.\n', { flag: 'a' });
  }
  git(contentDir, ['commit', '--quiet', '-am', 'Correct the articles'], '2025-03-01T12:00:00+08:00');

  mkdirSync(path.join(articles, 'archive'));
  git(contentDir, ['mv', 'articles/2024-11-20-moved.md', 'articles/archive/2024-11-20-moved.md']);
  // Added now, to a content folder whose history is long: an addition is no update.
  write('2024-11-20-added-later.md', article('Added later'));
  git(contentDir, ['add', '.']);
  git(contentDir, ['commit', '--quiet', '-m', 'File an article, add another'], '2025-04-01T08:00:00+08:00');
  write('2024-11-20-uncommitted.md', article('Being rewritten'));
});

describe('the date of an article’s last update', () => {
  it('is the last commit that changed the file after adding it, in a git work tree', async () => {
    expect(await importedDates(contentDir)).toEqual({
      added: PUBLISHED,
      'added-later': PUBLISHED,
      changed: '2025-03-01T12:00:00+08:00',
      // The editor's date wins over git's.
      explicit: '2024-12-01T09:00:00+08:00',
      // Moving a file is not changing it, and its history moves with it.
      moved: '2025-03-01T12:00:00+08:00',
      // The commits do not date the text it holds now.
      uncommitted: PUBLISHED,
      // A change before publication is part of what was published.
      scheduled: '2025-06-01T10:00:00+08:00',
    });
  });

  it('is the publication date without git, unless the editor gives one', async () => {
    const copy = path.join(root, 'copy');
    cpSync(contentDir, copy, { recursive: true, filter: (source) => path.basename(source) !== '.git' });
    expect(await importedDates(copy)).toEqual({
      added: PUBLISHED,
      'added-later': PUBLISHED,
      changed: PUBLISHED,
      explicit: '2024-12-01T09:00:00+08:00',
      moved: PUBLISHED,
      uncommitted: PUBLISHED,
      scheduled: '2025-06-01T10:00:00+08:00',
    });
  });
});
