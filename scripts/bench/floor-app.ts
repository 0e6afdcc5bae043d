import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FLOOR_SOURCE = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'floor-app');

/**
 * Builds the stack's floor (a hello page on the same Vite, React, React Router
 * and TanStack Query) in a temporary copy, with its own locked dependencies,
 * and returns the built folder. The source folder is left untouched.
 */
export function buildFloorApp(source = process.env.FLOOR_APP ?? FLOOR_SOURCE) {
  const work = mkdtempSync(path.join(tmpdir(), 'floor-app-'));
  cpSync(source, work, { recursive: true, filter: (file) => !/[\\/](node_modules|dist)$/.test(file) });
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund']);
  run(path.join(work, 'node_modules', '.bin', 'vite'), ['build']);
  return { dist: path.join(work, 'dist'), remove: () => rmSync(work, { recursive: true, force: true }) };
}
