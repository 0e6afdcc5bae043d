import autocannon from 'autocannon';
import { latencySummary } from './percentiles.ts';

// A reader left waiting this long has been failed, as surely as by an error.
const TIMEOUT_SECONDS = 5;

export type Read = { name: string; path: string };
export type ReadLine = { name: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; failures: number };

/**
 * Readers' requests from autocannon, each connection cycling through `reads`
 * in order, timed per kind of read and for all together. A failure is any
 * answer but 200, a timeout (no answer in TIMEOUT_SECONDS) or a connection error.
 */
export async function measureReads(base: string, reads: Read[], { connections = 10, seconds = 10 } = {}) {
  const times = new Map<string, number[]>(reads.map((read) => [read.name, []]));
  const failures = new Map<string, number>(reads.map((read) => [read.name, 0]));
  // autocannon calls a request's onResponse and then, at once, emits its
  // 'response' with the time: the one names the read the other times.
  let answered = '';
  const requests = reads.map((read) => ({
    method: 'GET' as const,
    path: read.path,
    onResponse: (status: number) => {
      answered = read.name;
      if (status !== 200) failures.set(read.name, (failures.get(read.name) ?? 0) + 1);
    },
  }));

  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections, duration: seconds, timeout: TIMEOUT_SECONDS, requests },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.get(answered)?.push(ms));
  });
  const elapsed = (performance.now() - started) / 1000;

  const line = (name: string, kindTimes: number[], kindFailures: number): ReadLine => ({
    name,
    requestsPerSecond: kindTimes.length / elapsed,
    ...latencySummary(kindTimes),
    failures: kindFailures,
  });
  const lost = result.errors + result.timeouts;
  return [
    ...reads.map((read) => line(read.name, times.get(read.name) ?? [], failures.get(read.name) ?? 0)),
    line(
      'all reads',
      [...times.values()].flat(),
      [...failures.values()].reduce((sum, n) => sum + n, lost),
    ),
  ];
}
