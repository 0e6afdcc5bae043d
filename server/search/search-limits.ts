/** How much of a search's matches one request may read. */
export type SearchLimits = {
  /** The most matches one language's scan reads before it estimates the rest. */
  maxRows: number;
  /** How long a search may read matches before it answers with what it has. */
  timeBoundMs: number;
};

// Reading 1,500 matches with their scores takes 3–6 ms on the benchmark
// machine (see docs/benchmarks.md, "search"), which leaves room for the
// rest of a request within the 15 ms a search should take. The time bound
// catches what the row count cannot: a busy machine, a costly phrase.
export const DEFAULT_SEARCH_LIMITS: SearchLimits = { maxRows: 1500, timeBoundMs: 25 };
