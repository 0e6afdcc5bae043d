import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { schemaMismatch } from './open-database.ts';

// Reads a whole database file once, off the thread that serves requests: a
// quick_check of a large archive takes seconds, during which that thread must
// go on answering.

const { file } = workerData as { file: string };

function check(): string | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const mismatch = schemaMismatch(db);
    if (mismatch) return `it ${mismatch}`;
    const problems = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const first = problems[0]?.quick_check;
    return first === 'ok' ? undefined : `it is damaged (${first ?? 'no answer from quick_check'})`;
  } finally {
    db.close();
  }
}

let problem: string | undefined;
try {
  problem = check();
} catch (error) {
  problem = `it cannot be read (${error instanceof Error ? error.message : String(error)})`;
}
parentPort!.postMessage({ problem });
