import { formatProblem } from '../content/content-problem.ts';
import { importContent } from '../content/import-content.ts';

/** Imports a fixture site's content folder again, with its problems and warnings as an editor reads them. */
export async function importAgain(site: { contentDir: string; databaseFile: string }) {
  const result = await importContent(site.contentDir, site.databaseFile, { skipCards: true });
  return {
    ok: result.ok,
    problems: result.ok ? [] : result.problems.map(formatProblem),
    warnings: result.warnings.map(formatProblem),
  };
}
