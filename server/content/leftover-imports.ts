import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The file an import writes before renaming it over the database: named by its process. */
export const importingFile = (databaseFile: string, pid: number) => `${databaseFile}.${pid}.importing`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what imports that were killed halfway left beside the database (a
 * whole archive's size each), and leaves alone the file of an import still
 * running in another process. Answers the names removed.
 */
export function removeLeftoverImports(databaseFile: string): string[] {
  const folder = path.dirname(databaseFile);
  const pattern = new RegExp(`^${path.basename(databaseFile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.importing$`);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    rmSync(path.join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}
