import type { Audit } from './lighthouse-audit.ts';

export type PageMedians = Pick<Audit, 'score' | 'lcp' | 'tbt' | 'cls' | 'firstLoadKiB'>;

/** What a page is held to: the floor measured in the same run, and its own HTML without scripts. */
export type Budget = { floor: PageMedians; htmlAlone?: PageMedians };

export const FIRST_LOAD_LIMIT_KIB = 110;
export const CLS_LIMIT = 0.02;

/** The middle value (the upper one of the two middles for an even count). */
export const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** Each measure's median over the runs, taken on its own (as Lighthouse's own reports do). */
export function medianAudit(runs: Audit[]): PageMedians {
  return {
    score: median(runs.map((run) => run.score)),
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
    cls: median(runs.map((run) => run.cls)),
    firstLoadKiB: median(runs.map((run) => run.firstLoadKiB)),
  };
}

/** The budgets a page missed, each said with the numbers that missed it; none when it met them all. */
export function budgetFailures(page: PageMedians, { floor, htmlAlone }: Budget): string[] {
  const failures: string[] = [];
  if (page.tbt > floor.tbt) failures.push(`TBT ${page.tbt.toFixed(0)} ms > floor ${floor.tbt.toFixed(0)} ms`);
  if (page.lcp > 0.9 * floor.lcp)
    failures.push(`LCP ${page.lcp.toFixed(0)} ms > 0.9 × floor ${floor.lcp.toFixed(0)} ms`);
  if (htmlAlone && page.lcp > 1.1 * htmlAlone.lcp)
    failures.push(`LCP ${page.lcp.toFixed(0)} ms > 1.1 × HTML alone ${htmlAlone.lcp.toFixed(0)} ms`);
  if (page.score < floor.score) failures.push(`score ${page.score} < floor ${floor.score}`);
  if (page.cls > CLS_LIMIT) failures.push(`CLS ${page.cls.toFixed(3)} > ${CLS_LIMIT}`);
  if (page.firstLoadKiB > FIRST_LOAD_LIMIT_KIB)
    failures.push(`JS+CSS ${page.firstLoadKiB.toFixed(1)} KiB > ${FIRST_LOAD_LIMIT_KIB} KiB`);
  return failures;
}
