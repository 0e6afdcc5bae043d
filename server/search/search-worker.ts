import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { type ArticleRepository, createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';
import { type SearchReply, type SearchRequest, type SearchWorkerData, answerCall } from './search-call.ts';

// One search worker: its own read-only connection and repository, answering
// the searches the server sends it one at a time.

const { databaseFile, limits, niceness } = workerData as SearchWorkerData;

/**
 * Lowers this thread's CPU priority, so that on a busy machine the thread
 * serving pages and articles is scheduled first and searches take what is
 * left. Linux sets priorities per thread, and a thread's id is in
 * /proc/thread-self; elsewhere searches keep the normal priority.
 */
function yieldToPages() {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (Number.isInteger(threadId)) setPriority(threadId, niceness);
  } catch {
    // Not Linux, or not allowed: searches run at the same priority as pages.
  }
}
if (niceness > 0) yieldToPages();

function openRepository(): ArticleRepository {
  const opened = createArticleRepository(openDatabase(databaseFile), { searchLimits: limits });
  opened.prepareSearch();
  return opened;
}

let repository = openRepository();
// The server's version this repository answers for; the server may lag a new file by a poll.
let answering = repository.databaseVersion;

/**
 * The repository for the server's version, or undefined when the file no
 * longer holds it: the server checks a new file before it moves to it, but the
 * file may have been replaced again since (by a newer import, or a bad copy).
 * The repository answering now is kept until one that matches is opened.
 */
function current(version: string): ArticleRepository | undefined {
  if (version === answering) return repository;
  let opened: ArticleRepository;
  try {
    opened = openRepository();
  } catch {
    return undefined;
  }
  if (opened.databaseVersion !== version) {
    opened.close();
    return undefined;
  }
  repository.close();
  repository = opened;
  answering = version;
  return repository;
}

parentPort!.on('message', (request: SearchRequest) => {
  let reply: SearchReply;
  try {
    const articles = current(request.version);
    reply = articles ? { id: request.id, result: answerCall(articles, request) } : { id: request.id, stale: true };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
