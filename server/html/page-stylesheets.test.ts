import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_MODULES } from './page-stylesheets.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

describe("the modules whose stylesheets a page's head links", () => {
  // A module renamed in the router but not here would leave its page unstyled until its code loads.
  it('are the modules the router loads, and exist', () => {
    const router = readFileSync(path.join(root, 'src', 'router.tsx'), 'utf8');
    for (const file of Object.values(PAGE_MODULES).flat()) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
      expect(router, file).toContain(`import('./${path.relative('src', file)}')`);
    }
  });
});
