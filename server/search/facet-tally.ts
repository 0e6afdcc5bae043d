import type { FacetTable } from './facet-table.ts';

/** How many matches each forum, topic and year holds; weights below 1 are estimates (see match-scan.ts). */
export type FacetTally = {
  total: number;
  forums: Map<string, number>;
  topics: Map<string, number>;
  years: Map<number, number>;
};

export function createTally(table: FacetTable) {
  const forums = new Float64Array(table.forums.length);
  const topics = new Float64Array(table.topics.length);
  const years = new Map<number, number>();
  let total = 0;
  return {
    add(id: number, weight = 1) {
      total += weight;
      forums[table.forumOf[id]] += weight;
      for (let at = table.topicStart[id]; at < table.topicStart[id + 1]; at++) topics[table.topicIds[at]] += weight;
      years.set(table.yearOf[id], (years.get(table.yearOf[id]) ?? 0) + weight);
    },
    /** The counts, rounded: an estimate is a whole number of articles too. */
    result(): FacetTally {
      const named = <Key>(keys: Key[], counts: ArrayLike<number>) =>
        new Map(keys.map((key, index) => [key, Math.round(counts[index])]));
      return {
        total: Math.round(total),
        forums: named(table.forums, forums),
        topics: named(table.topics, topics),
        years: new Map([...years].map(([year, count]) => [year, Math.round(count)])),
      };
    },
  };
}
