import { machineLine } from './machine.ts';
import type { Read } from './reads-load.ts';
import type { PeerResult } from './run-peer-search.ts';
import type { SqliteSearchResult } from './run-sqlite-search.ts';
import type { measureSearchLatency } from './search-latency.ts';
import { SEARCH_QUERY_SET } from './search-query-set.ts';
import { STALL_LIMITS, type StallResult } from './search-stall.ts';
import type { TypingReport } from './typing-reader.ts';

// The issue's targets for a search nothing has cached, the list and both counts together.
const UNCACHED_TARGET = { p50Ms: 15, p99Ms: 50 };

type SearchResults = {
  count: number;
  importSeconds: number | undefined;
  latency: Awaited<ReturnType<typeof measureSearchLatency>>;
  reads: Read[];
  readLoad: { connections: number; seconds: number };
  stall: StallResult;
  peakRssMiB: number;
  ours: SqliteSearchResult;
  peer: PeerResult;
};

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(value < 10 ? 2 : 1));
const verdict = (pass: boolean) => (pass ? 'PASS' : '**MISS**');

function latencySection({ latency }: SearchResults) {
  return [
    '### Uncached search, by kind of query',
    '',
    `What the search page asks for, sent together: \`/api/articles?q=…\`, \`/api/forums?q=…\` and \`/api/topics?q=…\`, timed until the last answer arrives. One search at a time over HTTP, against a server started with \`API_CACHE_MB=0\` (no answer cache); ${latency.rounds} rounds over the ${SEARCH_QUERY_SET.length} queries of scripts/bench/search-query-set.ts after one unmeasured round${latency.rounds < latency.roundsPlanned ? ` (of ${latency.roundsPlanned} planned: the rest did not fit the time budget)` : ''}. Target: p50 ≤ ${UNCACHED_TARGET.p50Ms} ms, p99 ≤ ${UNCACHED_TARGET.p99Ms} ms.`,
    '',
    '| Kind | Searches | p50 ms | p99 ms | Estimated | Verdict |',
    '| --- | --- | --- | --- | --- | --- |',
    ...latency.perKind.map(
      (kind) =>
        `| ${kind.kind} | ${kind.samples} | ${ms(kind.p50Ms)} | ${ms(kind.p99Ms)} | ${kind.estimated} | ${verdict(kind.p50Ms <= UNCACHED_TARGET.p50Ms && kind.p99Ms <= UNCACHED_TARGET.p99Ms)} |`,
    ),
    '',
    `Answers other than 200: **${latency.failures}**. "Estimated": searches whose answer said its counts were estimated (the search stopped at its bound of 1,500 matches read per language, or of 25 ms, before reading them all).`,
  ];
}

/** What the searching client saw: how much it sent, and how its searches were answered or refused. */
function clientLines(typing: TypingReport) {
  const { answered, refused } = typing;
  return [
    `${typing.keystrokes.toLocaleString('en')} keystrokes, ${typing.requests.toLocaleString('en')} requests in ${typing.seconds.toFixed(1)} s (${typing.requestsPerSecond.toFixed(0)} req/s).`,
    `Answered: ${answered.count.toLocaleString('en')}, p50 ${ms(answered.p50Ms)} ms, p99 ${ms(answered.p99Ms)} ms.`,
    `Refused with 503: ${refused.count.toLocaleString('en')}, p50 ${ms(refused.p50Ms)} ms, p99 ${ms(refused.p99Ms)} ms, ${refused.withoutRetryAfter} without Retry-After. Other failures: ${typing.otherFailures}.`,
  ];
}

function stallSection({ reads, readLoad, stall, peakRssMiB }: SearchResults) {
  const { typing, flood } = stall;
  const readList = reads.map((read) => `${read.name} \`${read.path}\``).join(', ');
  const alone = stall.lines.at(-1)!.alone;
  const floodThroughput = flood.reads.requestsPerSecond / alone.requestsPerSecond;
  const floodPass =
    flood.reads.failures === 0 &&
    floodThroughput >= STALL_LIMITS.throughputRatio &&
    flood.typing.refused.withoutRetryAfter === 0;
  return [
    '### No stall: reads while one client searches at full speed',
    '',
    `One server with its usual answer cache (\`API_CACHE_MB\` unset, 32 MiB): the readers' requests repeat and are served from it; no search URL repeats, so no search is. Reads: autocannon, ${readLoad.connections} connections for ${readLoad.seconds} s, each cycling through ${readList}. First alone (after a warm-up that lasts until their throughput stops rising), then while one client types searches on ${typing.connections} connections, each connection sending a keystroke's three requests back to back as fast as they are answered, every query new, Retry-After ignored. Target: p99 at most ${STALL_LIMITS.p99Ratio}× and throughput at least ${STALL_LIMITS.throughputRatio * 100}% of the reads alone, and no read refused.`,
    '',
    '| Read | req/s alone | p50 ms | p99 ms | req/s searching | p50 ms | p99 ms | p99 ratio | Throughput ratio | Failed | Verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...stall.lines.map(
      ({ alone, searching, p99Ratio, throughputRatio, pass }) =>
        `| ${alone.name} | ${alone.requestsPerSecond.toFixed(0)} | ${ms(alone.p50Ms)} | ${ms(alone.p99Ms)} | ${searching.requestsPerSecond.toFixed(0)} | ${ms(searching.p50Ms)} | ${ms(searching.p99Ms)} | ${p99Ratio.toFixed(1)}× | ${(throughputRatio * 100).toFixed(0)}% | ${searching.failures} | ${verdict(pass)} |`,
    ),
    '',
    'The searching client:',
    ...clientLines(typing),
    '',
    `**Overload.** Then the same reads while searches come in on ${flood.typing.connections} connections, more than the server searches at once: the excess must be refused at once with Retry-After, no read may fail, and reads keep at least ${STALL_LIMITS.throughputRatio * 100}% of their throughput. All reads: ${flood.reads.requestsPerSecond.toFixed(0)} req/s, ${(floodThroughput * 100).toFixed(0)}% of alone, p50 ${ms(flood.reads.p50Ms)} ms, p99 ${ms(flood.reads.p99Ms)} ms (${ms(alone.p99Ms)} alone), ${flood.reads.failures} failed: ${verdict(floodPass)}. The searching clients:`,
    ...clientLines(flood.typing),
    '',
    `Peak server RSS over the three parts: ${peakRssMiB.toFixed(0)} MiB.`,
  ];
}

function peerSection({ count, importSeconds, ours, peer }: SearchResults) {
  const kinds = [...new Set(SEARCH_QUERY_SET.map((search) => search.kind))];
  const build =
    importSeconds === undefined ? 'not measured (`--skip-import`)' : `${importSeconds.toFixed(1)} s (the whole import)`;
  return [
    `### Our SQLite search vs ${peer.library}`,
    '',
    `The same ${SEARCH_QUERY_SET.length} queries over the same ${count.toLocaleString('en')} articles, in-process, each process alone: per query ${ours.runs} runs of the first page of matches with its forum and topic counts, the first a warm-up. Per kind, p50 is the median query's median and p99 the slowest query's p99.`,
    '',
    `| Kind | SQLite p50 ms | SQLite p99 ms | ${peer.library} p50 ms | ${peer.library} p99 ms |`,
    '| --- | --- | --- | --- | --- |',
    ...kinds.map((kind) => {
      const mine = ours.perKind[kind];
      const theirs = peer.perKind[kind];
      return `| ${kind} | ${ms(mine?.p50Ms ?? NaN)} | ${ms(mine?.p99Ms ?? NaN)} | ${ms(theirs?.p50Ms ?? NaN)} | ${ms(theirs?.p99Ms ?? NaN)} |`;
    }),
    '',
    '| | SQLite | ' + peer.library + ' |',
    '| --- | --- | --- |',
    `| Heap after searching, MiB | ${ours.heapMiB} | ${peer.heapMiB} |`,
    `| RSS after searching, MiB | ${ours.rssMiB} | ${peer.rssMiB} |`,
    `| Peak RSS, MiB | ${ours.peakRssMiB} | ${peer.peakRssMiB} |`,
    `| Ready to search | opened and ready (counts per article and vocabulary loaded) in ${ours.openMs} ms; index built by the import, ${build} | index built in ${(peer.buildMs / 1000).toFixed(1)} s from text already in memory (read in at RSS ${peer.loaded.rssMiB} MiB) |`,
    '',
    `The SQLite process's memory is after opening the database and running every query once, so SQLite's page cache holds what searching reads; the index itself stays on disk.`,
  ];
}

/** The search section of docs/benchmarks.md. */
export function searchReport(results: SearchResults): string[] {
  const imported =
    results.importSeconds === undefined
      ? 'reused from an earlier import (`--skip-import`)'
      : `imported in ${results.importSeconds.toFixed(1)} s`;
  return [
    '## Search (`npm run bench`)',
    '',
    `Measured on ${machineLine()}.`,
    `${results.count.toLocaleString('en')} synthetic articles, half of them Chinese, ${imported}. The server is started as \`npm run bench\` does, on 127.0.0.1.`,
    '',
    ...latencySection(results),
    '',
    ...stallSection(results),
    '',
    ...peerSection(results),
  ];
}
