import { Worker } from 'node:worker_threads';
import type { SearchCall, SearchReply, SearchRequest, SearchWorkerData } from './search-call.ts';
import type { SearchLimits } from './search-limits.ts';
import { workerStarter } from '../lib/worker-starter.ts';

/** Every worker's queue is full: the search is refused at once rather than left to wait. */
/** The worker's database file holds another version than the server's: the server answers the search itself. */
export class SearchDatabaseChanged extends Error {
  constructor() {
    super('The search worker cannot read the database the server reads.');
  }
}

export class SearchesOverloaded extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many searches are waiting; try again shortly.');
  }
}

export type SearchPoolOptions = {
  databaseFile: string;
  /** How many worker threads search at once. */
  workers: number;
  /** How many searches one worker may hold, running and waiting, before more are refused. */
  queueLimit: number;
  limits?: SearchLimits;
  /** How much lower than pages searches are scheduled (0–19; Linux only). */
  niceness?: number;
};

type Pending = { resolve: (result: unknown) => void; reject: (error: Error) => void };
type SearchWorker = { worker: Worker; pending: Map<number, Pending>; ready: Promise<void> };

/** A stable choice of worker for a search, so its list and its counts meet the same remembered search. */
function preferredIndex(call: SearchCall, size: number): number {
  const { page: _page, pageSize: _size, sort: _sort, ...search } = call.query as Record<string, unknown>;
  const key = JSON.stringify(search);
  let hash = 0;
  for (let index = 0; index < key.length; index++) hash = (hash * 31 + key.charCodeAt(index)) | 0;
  return Math.abs(hash) % size;
}

/**
 * Searches run on worker threads, each with its own connection, so a slow or
 * busy search never holds up the thread that serves pages and articles. A
 * bounded queue per worker turns overload into a fast refusal instead of a
 * pile of waiting requests.
 */
export function createSearchPool({ databaseFile, workers, queueLimit, limits, niceness = 10 }: SearchPoolOptions) {
  let nextId = 1;
  const data: SearchWorkerData = { databaseFile, limits, niceness };

  let closing = false;
  const pool: SearchWorker[] = [];

  function start(slot: number): SearchWorker {
    const worker = new Worker(workerStarter(import.meta.url, 'search-worker'), { eval: true, workerData: data });
    const pending = new Map<number, Pending>();
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    worker.on('message', (reply: SearchReply | { ready: true }) => {
      if (!('id' in reply)) return;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if ('stale' in reply) waiting?.reject(new SearchDatabaseChanged());
      else if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    // A worker that fails fails its searches, and a new one takes its place:
    // searches sent to a stopped worker would otherwise wait for ever.
    worker.on('error', () => undefined);
    worker.once('exit', (code) => {
      for (const waiting of pending.values()) waiting.reject(new Error(`A search worker stopped (exit code ${code}).`));
      pending.clear();
      if (!closing) pool[slot] = start(slot);
    });
    // Nothing else keeps the process alive for a worker's sake.
    worker.unref();
    return { worker, pending, ready };
  }

  for (let slot = 0; slot < Math.max(1, workers); slot++) pool.push(start(slot));

  return {
    /** Resolves once every worker has opened the database (or rejects if one could not). */
    ready: () => Promise.all(pool.map((each) => each.ready)).then(() => undefined),

    run(call: SearchCall, version: string): Promise<unknown> {
      const preferred = pool[preferredIndex(call, pool.length)];
      const chosen =
        preferred.pending.size < queueLimit
          ? preferred
          : pool.reduce((least, each) => (each.pending.size < least.pending.size ? each : least));
      if (chosen.pending.size >= queueLimit) return Promise.reject(new SearchesOverloaded(1));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        chosen.pending.set(id, { resolve, reject });
        chosen.worker.postMessage({ ...call, id, version } satisfies SearchRequest);
      });
    },

    /** How many searches are running or waiting. */
    load: () => pool.reduce((total, each) => total + each.pending.size, 0),

    close() {
      closing = true;
      return Promise.all(pool.map((each) => each.worker.terminate())).then(() => undefined);
    },

    /** Stops one worker as a crash would; for tests of what follows. */
    stopWorkerForTest: (slot: number) => pool[slot].worker.terminate(),
  };
}

export type SearchPool = ReturnType<typeof createSearchPool>;
