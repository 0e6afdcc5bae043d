import { type FacetTable, addRangeCounts, slotCount, slotsOf } from './facet-table.ts';

/** How many matches each forum, topic and year holds; whole numbers, even when estimated (see match-scan.ts). */
export type FacetTally = {
  total: number;
  forums: Map<string, number>;
  topics: Map<string, number>;
  years: Map<number, number>;
};

/** Counts matches by forum, topic and year in one array of slots (see facet-table.ts). */
export function createTally(table: FacetTable) {
  const slots = new Float64Array(slotCount(table));
  let total = 0;
  return {
    add(id: number) {
      total++;
      slotsOf(table, id, (slot) => slots[slot]++);
    },
    /** Counts every article with an id in [from, to) as `weight` of a match. */
    addRange(from: number, to: number, weight: number) {
      total += weight * Math.max(0, to - from);
      addRangeCounts(table, from, to, weight, slots);
    },
    /** Counts one article as `weight` of a match. */
    addWeighted(id: number, weight: number) {
      total += weight;
      slotsOf(table, id, (slot) => (slots[slot] += weight));
    },
    result(): FacetTally {
      const topicBase = table.forums.length;
      const yearBase = topicBase + table.topics.length;
      const named = <Key>(keys: Key[], base: number) =>
        new Map(keys.map((key, index) => [key, Math.round(slots[base + index])]));
      return {
        total: Math.round(total),
        forums: named(table.forums, 0),
        topics: named(table.topics, topicBase),
        years: named(table.years, yearBase),
      };
    },
  };
}
