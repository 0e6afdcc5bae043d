import { type Read, type ReadLine, measureReads } from './reads-load.ts';
import type { TypedSearch } from './typed-searches.ts';
import { type TypingReport, startTypingReader } from './typing-reader.ts';

// The issue's bound: while one client searches at full speed, other readers'
// p99 stays within 3× of theirs alone and their throughput above half.
export const STALL_LIMITS = { p99Ratio: 3, throughputRatio: 0.5 };
// Searches on this many connections are more than the server takes at once,
// so it must refuse some: quickly, with Retry-After, and never a reader.
export const FLOOD_CONNECTIONS = 32;
// Time for the searching client's connections to open and its first searches to land.
const RAMP_MS = 1000;
// Pages render faster for tens of seconds as the server warms up (the JIT):
// readers alone measured too early would make any later line look better.
const WARM_UP = { stepSeconds: 2, steadyWithin: 0.1, maxSeconds: 30 };

export type StallLine = {
  alone: ReadLine;
  searching: ReadLine;
  p99Ratio: number;
  throughputRatio: number;
  pass: boolean;
};

export type StallResult = {
  lines: StallLine[];
  typing: TypingReport;
  /** All reads while FLOOD_CONNECTIONS search; the bound above is not asked of it. */
  flood: { reads: ReadLine; typing: TypingReport };
};

/**
 * Readers alone, then the same readers while one client types searches on
 * two connections at full speed, then while searches flood in, against one
 * server in one run.
 */
export async function measureSearchStall(
  base: string,
  reads: Read[],
  searches: Iterator<TypedSearch>,
  load: { connections: number; seconds: number },
): Promise<StallResult> {
  async function readWhileSearching(connections: number) {
    const typist = startTypingReader(base, searches, connections);
    await new Promise((resolve) => setTimeout(resolve, RAMP_MS));
    const measured = await measureReads(base, reads, load);
    return { reads: measured, typing: await typist.stop() };
  }

  // Unreported, until throughput stops rising: fills the answer cache, opens connections, warms the JIT.
  const readsPerSecond = async (seconds: number) =>
    (await measureReads(base, reads, { ...load, seconds })).at(-1)!.requestsPerSecond;
  let previous = 0;
  for (let spent = 0; spent < WARM_UP.maxSeconds; spent += WARM_UP.stepSeconds) {
    const throughput = await readsPerSecond(WARM_UP.stepSeconds);
    if (Math.abs(throughput - previous) <= previous * WARM_UP.steadyWithin) break;
    previous = throughput;
  }
  const alone = await measureReads(base, reads, load);
  const searching = await readWhileSearching(2);
  const flood = await readWhileSearching(FLOOD_CONNECTIONS);

  const lines = alone.map((before, index) => {
    const during = searching.reads[index];
    const p99Ratio = during.p99Ms / before.p99Ms;
    const throughputRatio = during.requestsPerSecond / before.requestsPerSecond;
    const pass =
      p99Ratio <= STALL_LIMITS.p99Ratio && throughputRatio >= STALL_LIMITS.throughputRatio && during.failures === 0;
    return { alone: before, searching: during, p99Ratio, throughputRatio, pass };
  });
  return { lines, typing: searching.typing, flood: { reads: flood.reads.at(-1)!, typing: flood.typing } };
}
