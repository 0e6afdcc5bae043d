import { describe, expect, it } from 'vitest';
import { lastChangesInLog } from './last-changes.ts';

/** `git log --name-status -z --format=%x00%cI`, newest commit first. */
const log = (...commits: [date: string, ...entries: string[][]][]) =>
  commits.map(([date, ...entries]) => `\0${date}\0\n${entries.flat().join('\0')}\0`).join('');

describe('lastChangesInLog', () => {
  it('dates a file by its last change after it was added, following it through moves', () => {
    const changes = lastChangesInLog(
      log(
        ['2025-05-01T00:00:00+08:00', ['R100', 'articles/a.md', 'articles/old/a.md'], ['A', 'articles/new.md']],
        ['2025-04-01T00:00:00+08:00', ['R087', 'articles/b.md', 'articles/old/b.md']],
        ['2025-03-01T00:00:00+08:00', ['M', 'articles/a.md'], ['M', 'articles/b.md'], ['D', 'articles/gone.md']],
        ['2025-02-01T00:00:00+08:00', ['M', 'articles/gone.md'], ['M', 'articles/b.md']],
        ['2025-01-01T00:00:00+08:00', ['A', 'articles/a.md'], ['A', 'articles/b.md'], ['A', 'articles/c.md']],
      ),
    );
    expect(Object.fromEntries(changes)).toEqual({
      // Moved without a change: its change before the move counts.
      'articles/old/a.md': '2025-03-01T00:00:00+08:00',
      // Moved and changed at once.
      'articles/old/b.md': '2025-04-01T00:00:00+08:00',
    });
  });

  it('starts a file’s history afresh where it was deleted and added again', () => {
    const changes = lastChangesInLog(
      log(
        ['2025-03-01T00:00:00+08:00', ['A', 'articles/a.md']],
        ['2025-02-01T00:00:00+08:00', ['D', 'articles/a.md']],
        ['2025-01-01T00:00:00+08:00', ['M', 'articles/a.md']],
      ),
    );
    expect(changes.size).toBe(0);
  });
});
