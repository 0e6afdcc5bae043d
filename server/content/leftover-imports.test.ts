import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { importContent } from './import-content.ts';
import { importingFile } from './leftover-imports.ts';

const site = useFixtureSite({ fresh: true });

describe('an import killed halfway', () => {
  it('leaves a file that the next import removes, and an import still running keeps its own', async () => {
    // No process has this id (above Linux's pid_max); process 1 always runs.
    const killed = importingFile(site.databaseFile, 4_194_305);
    const running = importingFile(site.databaseFile, 1);
    writeFileSync(killed, Buffer.alloc(1024 * 1024));
    writeFileSync(running, 'another import is writing this');
    expect((await importContent(site.contentDir, site.databaseFile, { skipCards: true })).ok).toBe(true);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });
});
