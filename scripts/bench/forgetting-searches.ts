// Our search engine remembers its latest searches, a few dozen per worker
// (server/search/search-engine.ts), so that the list and the two counts the
// app sends for one search read the index once. A benchmark that repeats a
// search to time it "with nothing cached" must first push it out of that
// memory: it sends this many searches in between, each for a made-up word no
// article holds, which the engine answers at once and remembers instead.
const FORGETTING_SEARCHES = 200;

/** Made-up words, new for every `time` they are asked for, so none of them is remembered either. */
export function forgettingSearches(time: number): string[] {
  return Array.from({ length: FORGETTING_SEARCHES }, (_, index) => `qzx${time}v${index}`);
}
