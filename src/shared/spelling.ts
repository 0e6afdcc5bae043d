// Spelling correction from the words the index holds: a misspelled word is
// replaced by the indexed word nearest to it, counting a swap of two
// neighbouring letters as one typo (agriculure → agriculture, teh → the).

/** How many typos a word of this length may hold and still be corrected: short words would match too much. */
export function typosAllowed(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * The optimal string alignment distance between a and b (insertions,
 * deletions, substitutions and adjacent swaps), or max + 1 as soon as it is
 * sure to exceed max.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2] + 1);
      }
      current.push(best);
      rowBest = Math.min(rowBest, best);
    }
    if (rowBest > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

export type KnownWord = { term: string; docs: number };

/**
 * The known word closest to `word` within its allowed typos; among equally
 * close ones, the one in most articles. Undefined when none is close enough.
 */
export function closestKnownWord(word: string, candidates: Iterable<KnownWord>): string | undefined {
  const max = typosAllowed(word);
  if (max === 0) return undefined;
  let best: (KnownWord & { distance: number }) | undefined;
  for (const candidate of candidates) {
    const distance = typoDistance(word, candidate.term, max);
    if (distance > max || distance === 0) continue;
    if (!best || distance < best.distance || (distance === best.distance && candidate.docs > best.docs)) {
      best = { ...candidate, distance };
    }
  }
  return best?.term;
}
