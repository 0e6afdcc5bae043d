import path from 'node:path';
import * as z from 'zod/mini';
import { runMeasuringScript } from './measuring-process.ts';

const timing = { p50Ms: z.number(), p99Ms: z.number() };
const memory = { heapMiB: z.number(), rssMiB: z.number() };

const sqliteResultSchema = z.object({
  runs: z.number(),
  /** Opening the database and making the repository ready, as the server does at start. */
  openMs: z.number(),
  beforeOpening: z.object(memory),
  opened: z.object(memory),
  ...memory,
  peakRssMiB: z.number(),
  perKind: z.record(z.string(), z.object(timing)),
  perQuery: z.array(z.object({ kind: z.string(), q: z.string(), lang: z.enum(['en', 'zh']), ...timing })),
});

export type SqliteSearchResult = z.infer<typeof sqliteResultSchema>;

const script = path.join(import.meta.dirname, 'sqlite-search.ts');

/** Our search measured in a process of its own (sqlite-search.ts), so its memory is the search's alone. */
export async function measureSqliteSearch(databaseFile: string, runs = 25): Promise<SqliteSearchResult> {
  return runMeasuringScript(script, { databaseFile, runs }, sqliteResultSchema);
}
