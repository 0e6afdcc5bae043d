import { type FacetFilter, type FacetTable, passesFilter } from './facet-table.ts';
import { type FacetTally, createTally } from './facet-tally.ts';

/** One matching article as the index gives it: its id, its bm25 score (lower is better) and whether it matched as typed. */
export type ScannedMatch = { id: number; score: number; exact: boolean };

/** Every match as [id, score] rows, in descending id order. */
export type MatchRows = Iterable<[number, number]>;
/** The exact matches' ids as [id] rows, in descending id order: a subset of the matches. */
export type ExactRows = Iterable<[number]>;

export type ScanBounds = {
  /** Stop after reading this many matches. */
  maxRows: number;
  /** Stop once performance.now() passes this. */
  deadline: number;
};

export type Scan = {
  /** The matches that pass the filters, newest first (descending id within a language). */
  matches: ScannedMatch[];
  /** Whether every match was read; if not, tally holds estimates. */
  complete: boolean;
  /** The lowest id read: every match above it is in `matches`. */
  readDownTo: number;
  tally: FacetTally;
};

// The clock is read once per this many rows: reading it costs more than a row.
const CLOCK_EVERY = 64;

/**
 * Tags each match as exact or not by walking the exact matches alongside:
 * both come in descending id order, and every exact match is a match, so
 * one pass over each does it. (Asking the index for the matches that are
 * not exact instead makes it walk every match of a common word to find the
 * first.)
 */
function* tagged(all: MatchRows, exact: ExactRows | undefined): Generator<ScannedMatch> {
  const matches = all[Symbol.iterator]();
  const exactIds = exact?.[Symbol.iterator]();
  try {
    let nextExact = exactIds?.next();
    for (let next = matches.next(); !next.done; next = matches.next()) {
      const [id, score] = next.value;
      while (nextExact && !nextExact.done && nextExact.value[0] > id) nextExact = exactIds!.next();
      yield { id, score, exact: !exactIds || (nextExact?.done === false && nextExact.value[0] === id) };
    }
  } finally {
    // Releases the statements, which stay busy until their rows are read or returned.
    matches.return?.();
    exactIds?.return?.();
  }
}

/**
 * Reads the matches of one language's id range [first, last], newest first,
 * until they end or a bound is reached. Stopped early, it estimates the
 * rest: the part of the range it read says how often an article matches, and
 * each unread article that passes the filters counts that often, by its own
 * forum, topics and year. So a common word's counts come out right in shape
 * (an old year keeps its articles) from a few thousand rows.
 */
export function scanMatches(
  table: FacetTable,
  range: { first: number; last: number },
  filter: FacetFilter,
  rows: { all: MatchRows; exact?: ExactRows },
  bounds: ScanBounds,
): Scan {
  const tally = createTally(table);
  const matches: ScannedMatch[] = [];
  let read = 0;
  let readDownTo = range.last + 1;
  let complete = true;
  const stream = tagged(rows.all, rows.exact);
  try {
    for (let next = stream.next(); !next.done; next = stream.next()) {
      const match = next.value;
      read++;
      readDownTo = match.id;
      if (passesFilter(table, match.id, filter)) {
        matches.push(match);
        tally.add(match.id);
      }
      if (read >= bounds.maxRows || (read % CLOCK_EVERY === 0 && performance.now() > bounds.deadline)) {
        complete = stream.next().done === true;
        break;
      }
    }
  } finally {
    stream.return(undefined);
  }
  if (!complete) {
    // Ids within a language's range are consecutive: every id read is an article.
    const matchRate = read / (range.last - readDownTo + 1);
    const unfiltered = filter.forum === undefined && filter.topic === undefined;
    if (unfiltered) tally.addRange(range.first, readDownTo, matchRate);
    else {
      for (let id = range.first; id < readDownTo; id++) {
        if (passesFilter(table, id, filter)) tally.addWeighted(id, matchRate);
      }
    }
  }
  return { matches, complete, readDownTo, tally: tally.result() };
}
