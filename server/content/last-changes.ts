import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * When each article file was last changed after the commit that added it, by
 * the committer dates of git, keyed by path relative to the content folder. A
 * file that was only added (or only moved) has no entry, nor has one with
 * uncommitted changes: the commit dates do not date the text it holds now.
 * Content outside a git work tree (generated archives) has none at all.
 *
 * One pass over the history of the whole folder, however many files it holds.
 */
export function readLastChanges(contentDir: string, folder = 'articles'): Map<string, string> {
  const log = git(contentDir, ['log', '--relative', '--name-status', '-z', '-M', '--format=%x00%cI', '--', folder]);
  const uncommitted = git(contentDir, ['diff', '--relative', '--name-only', '-z', 'HEAD', '--', folder]);
  if (log === undefined || uncommitted === undefined) return new Map();
  const changes = lastChangesInLog(log);
  for (const file of uncommitted.split('\0')) changes.delete(file);
  // Git writes "/" whatever the system's separator is.
  return new Map([...changes].map(([file, date]) => [path.normalize(file), date]));
}

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
    // A read must not take the index lock from an editor's git running at the same time.
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
  });
  return result.status === 0 ? result.stdout : undefined;
}

/**
 * Reads `git log --name-status -z` newest first. A file's history ends at the
 * commit that added it; a move links its history to the old path, and counts
 * as a change only when the text changed too (a similarity below 100).
 */
export function lastChangesInLog(log: string): Map<string, string> {
  const changed = new Map<string, string>();
  const settled = new Set<string>();
  const movedFrom = new Map<string, string>();
  const lineage = (file: string) => movedFrom.get(file) ?? file;
  const tokens = log.split('\0').map((token) => token.replace(/^\n/, ''));
  let index = 0;
  const next = () => tokens[index++] ?? '';
  let date = '';
  while (index < tokens.length) {
    const token = next();
    const status = /^([ACDMRTUX])(\d*)$/.exec(token);
    if (!status) {
      if (token !== '') date = token;
      continue;
    }
    const [, kind, similarity] = status;
    const from = kind === 'R' || kind === 'C' ? next() : '';
    const file = lineage(next());
    if (kind === 'R') movedFrom.set(from, file);
    if (settled.has(file)) continue;
    const textChanged = kind === 'M' || kind === 'T' || (kind === 'R' && similarity !== '100');
    if (textChanged) changed.set(file, date);
    if (textChanged || kind === 'A' || kind === 'C' || kind === 'D') settled.add(file);
  }
  return changed;
}
