import type Database from 'better-sqlite3';
import { type Vocabulary, createVocabulary } from '../../src/shared/vocabulary.ts';

/** The words of the full-text index with the number of articles holding each, saved at import (search_words). */
export function loadIndexVocabulary(db: Database.Database): Vocabulary {
  const rows = db.prepare('SELECT term, docs FROM search_words').raw().all() as [string, number][];
  return createVocabulary(rows.map(([term, docs]) => ({ term, docs })));
}
