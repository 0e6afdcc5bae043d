import type { ArticleRepository, CountRequest, ListRequest } from '../db/article-repository.ts';
import type { SearchLimits } from './search-limits.ts';

// The messages between the server and its search workers.

/** A search the repository answers: the list, or one kind of counts, for a query with q. */
export type SearchCall =
  | { method: 'listArticles'; query: ListRequest }
  | { method: 'listForums' | 'listTopics' | 'listEditions'; query: CountRequest };

/** Answers a call from a repository: on the main thread, or in a search worker. */
export function answerCall(articles: ArticleRepository, call: SearchCall): unknown {
  return call.method === 'listArticles' ? articles.listArticles(call.query) : articles[call.method](call.query);
}

export type SearchRequest = SearchCall & {
  id: number;
  /** The database version the server reads: a worker on another reopens the file first. */
  version: string;
};

/**
 * `stale`: the worker could not read the database version asked for (the
 * file changed again, or the new one is unusable); the server answers itself.
 */
export type SearchReply = { id: number; result: unknown } | { id: number; error: string } | { id: number; stale: true };

/** What a worker is started with. */
export type SearchWorkerData = { databaseFile: string; limits?: SearchLimits; niceness: number };
