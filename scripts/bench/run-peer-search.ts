import path from 'node:path';
import * as z from 'zod/mini';
import { runMeasuringScript } from './measuring-process.ts';

// The in-process peer (scripts/bench/peer-search.ts) runs in a child process of
// its own, so its heap and RSS hold MiniSearch and this corpus only, and
// --expose-gc lets it collect garbage before each memory reading.

const timing = { p50Ms: z.number(), p99Ms: z.number() };
const memory = { heapMiB: z.number(), rssMiB: z.number() };

const peerResultSchema = z.object({
  library: z.string(),
  articles: z.number(),
  runs: z.number(),
  buildMs: z.number(),
  // After the build, with the text it was built from released: what a server would hold.
  ...memory,
  // After the corpus was read into plain objects, before any index.
  loaded: z.object(memory),
  // After every query, garbage collected: comparable with a server that has been answering.
  afterSearching: z.object(memory),
  peakRssMiB: z.number(),
  perKind: z.record(z.string(), z.object(timing)),
  perQuery: z.array(
    z.object({
      kind: z.string(),
      q: z.string(),
      lang: z.enum(['en', 'zh']),
      total: z.number(),
      ...timing,
      searchP50Ms: z.number(),
      topIds: z.array(z.number()),
    }),
  ),
});

/** Milliseconds and MiB; one timed run is the search (count and first page) plus the forum and topic counts. */
export type PeerResult = z.infer<typeof peerResultSchema>;

const script = path.join(import.meta.dirname, 'peer-search.ts');

export async function measurePeerSearch(databaseFile: string, runs = 25): Promise<PeerResult> {
  return runMeasuringScript(script, { databaseFile, runs }, peerResultSchema);
}
