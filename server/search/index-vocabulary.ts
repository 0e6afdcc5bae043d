import type Database from 'better-sqlite3';
import { type Vocabulary, createVocabulary } from '../../src/shared/vocabulary.ts';

/**
 * The words of the full-text index with the number of articles holding each,
 * saved at import (search_words): those of articles readers may see at `now`.
 */
export function loadIndexVocabulary(db: Database.Database, now: number): Vocabulary {
  const rows = db.prepare('SELECT term, docs FROM search_words WHERE visible_from_ms <= ?').raw().all(now) as [
    string,
    number,
  ][];
  return createVocabulary(rows.map(([term, docs]) => ({ term, docs })));
}
