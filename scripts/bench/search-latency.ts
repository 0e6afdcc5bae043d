import { forgettingSearches } from './forgetting-searches.ts';
import { latencySummary } from './percentiles.ts';
import { SEARCH_QUERY_SET, type SearchKind } from './search-query-set.ts';
import { searchRequestPaths } from './search-requests.ts';

export type KindLatency = { kind: SearchKind; p50Ms: number; p99Ms: number; samples: number; estimated: number };

// A slow search makes a round last long: after this, no new round starts (but at least MIN_ROUNDS run).
const BUDGET_MS = 60_000;
const MIN_ROUNDS = 3;

/**
 * How long a reader waits for a search the server has not answered before:
 * the list and both counts, requested together, timed until the last one
 * arrives. One search at a time, so this is latency, not throughput. The
 * server must run with API_CACHE_MB=0, or every round after the first would
 * be read from its answer cache; before each kind of query the search engine
 * is made to forget the searches it remembers, too.
 */
export async function measureSearchLatency(base: string, rounds = 15) {
  const times = new Map<SearchKind, number[]>();
  const estimated = new Map<SearchKind, number>();
  let failures = 0;

  async function search(q: string, lang: 'en' | 'zh') {
    const started = performance.now();
    const answers = await Promise.all(
      searchRequestPaths(q, lang).map(async (path) => {
        const response = await fetch(`${base}${path}`);
        const ok = response.status === 200;
        const body = await response.text();
        return { ok, estimated: ok && (JSON.parse(body) as { estimated?: true }).estimated === true };
      }),
    );
    return { ms: performance.now() - started, answers };
  }

  let forgotten = 0;
  async function forget() {
    for (const q of forgettingSearches(forgotten++)) {
      await (await fetch(`${base}${searchRequestPaths(q, 'en')[0]}`)).arrayBuffer();
    }
  }

  // One round unmeasured: it opens connections and brings the index into memory.
  for (const { q, lang } of SEARCH_QUERY_SET) await search(q, lang);
  // Round by round rather than query by query, so no query follows itself.
  const started = performance.now();
  let round = 0;
  for (; round < rounds && (round < MIN_ROUNDS || performance.now() - started < BUDGET_MS); round += 1) {
    let lastKind: SearchKind | undefined;
    for (const { kind, q, lang } of SEARCH_QUERY_SET) {
      // Also between kinds: a misspelled word is searched as the common word it corrects to.
      if (kind !== lastKind) await forget();
      lastKind = kind;
      const { ms, answers } = await search(q, lang);
      failures += answers.filter((answer) => !answer.ok).length;
      if (answers.some((answer) => answer.estimated)) estimated.set(kind, (estimated.get(kind) ?? 0) + 1);
      times.set(kind, [...(times.get(kind) ?? []), ms]);
    }
  }

  const perKind: KindLatency[] = [...times].map(([kind, kindTimes]) => ({
    kind,
    ...latencySummary(kindTimes),
    samples: kindTimes.length,
    estimated: estimated.get(kind) ?? 0,
  }));
  return { perKind, failures, rounds: round, roundsPlanned: rounds };
}
