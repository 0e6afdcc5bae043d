import { Worker } from 'node:worker_threads';
import { workerStarter } from '../lib/worker-starter.ts';

/**
 * Whether a database file is whole and of this server's schema, read in full
 * on a worker thread; undefined when it is fine, otherwise what is wrong.
 * Answers once the worker has exited, so that it holds nothing open after.
 */
export function checkDatabaseFile(file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const worker = new Worker(workerStarter(import.meta.url, 'check-database-worker'), {
      eval: true,
      workerData: { file },
    });
    let answer: { problem?: string } | undefined;
    let failure: string | undefined;
    worker.once('message', (message: { problem?: string }) => (answer = message));
    worker.once('error', (error) => (failure = error.message));
    worker.once('exit', (code) =>
      resolve(
        answer ? answer.problem : `it could not be checked (${failure ?? `the check stopped with code ${code}`})`,
      ),
    );
  });
}
