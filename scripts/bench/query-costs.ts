import Database from 'better-sqlite3';
import { createArticleRepository } from '../../server/db/article-repository.ts';

export type QueryCase = { name: string; run: (repository: ReturnType<typeof createArticleRepository>) => unknown };

/**
 * What each query costs without the response cache: the repository called
 * in-process, median of 25 calls after one warm-up, in milliseconds.
 */
export function measureQueryCosts(databaseFile: string, cases: QueryCase[]) {
  const db = new Database(databaseFile, { readonly: true });
  const repository = createArticleRepository(db);
  const results = cases.map(({ name, run }) => {
    run(repository);
    const timings = Array.from({ length: 25 }, () => {
      const started = performance.now();
      run(repository);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return { name, medianMs: timings[12], maxMs: timings[24] };
  });
  db.close();
  return results;
}
