import { describe, expect, it } from 'vitest';
import { listSearch, readListParams } from './list-params.ts';

const read = (query: string) => readListParams(new URLSearchParams(query));

describe('readListParams', () => {
  it('gives defaults for an empty query', () => {
    expect(read('')).toEqual({ page: 1, q: '', forum: undefined, topic: undefined });
  });

  it('reads every parameter', () => {
    expect(read('?page=3&q=+smart+grid+&forum=energy-session&topic=smart-cities')).toEqual({
      page: 3,
      q: 'smart grid',
      forum: 'energy-session',
      topic: 'smart-cities',
    });
  });

  it.each(['0', '-2', '1.5', 'two', '', '1e3', '9999999'])('falls back to page 1 for page=%j', (page) => {
    expect(read(`?page=${page}`).page).toBe(1);
  });

  it('ignores forum and topic values that cannot be slugs', () => {
    expect(read('?forum=<script>&topic=Energy%20Session')).toMatchObject({ forum: undefined, topic: undefined });
  });

  it('cuts search text to the API limit of 200 characters', () => {
    expect(read(`?q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });

  it('reads the newest and oldest orders, and anything else as relevance', () => {
    expect(read('?q=grid&sort=newest').sort).toBe('newest');
    expect(read('?q=grid&sort=oldest').sort).toBe('oldest');
    for (const sort of ['relevance', 'Newest', 'random', '']) expect(read(`?q=grid&sort=${sort}`).sort).toBeUndefined();
  });

  it('ignores tracking parameters', () => {
    expect(read('?utm_source=chat&page=2')).toEqual({ page: 2, q: '', forum: undefined, topic: undefined });
  });
});

describe('listSearch', () => {
  it('leaves out defaults', () => {
    expect(listSearch({ page: 1, q: '' })).toBe('');
  });

  it('writes a canonical query string that reads back the same', () => {
    const params = {
      page: 2,
      q: 'grid & power',
      forum: 'energy-session',
      topic: 'smart-cities',
      sort: 'oldest',
    } as const;
    const search = listSearch(params);
    expect(search).toBe('?q=grid+%26+power&forum=energy-session&topic=smart-cities&sort=oldest&page=2');
    expect(readListParams(new URLSearchParams(search))).toEqual(params);
  });
});
