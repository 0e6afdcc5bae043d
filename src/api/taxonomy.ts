import { queryOptions } from '@tanstack/react-query';
import { toSearchParams } from './articles.ts';
import { fetchFromApi } from './client.ts';
import type { TaxonomyQuery } from '../shared/contract.ts';

/** Forums and topics share one shape: slug, name, description and an article count. */
export type TaxonomyKind = 'forums' | 'topics';

const SCHEMAS = { forums: 'forumListSchema', topics: 'topicListSchema' } as const;

export const taxonomyKeys = {
  list: (kind: TaxonomyKind, filters: TaxonomyQuery = {}) => [kind, filters] as const,
};

// Forums and topics change only with a content import, so they stay fresh for long.
const TEN_MINUTES = 10 * 60 * 1000;

/** Every forum or topic, with how many of the articles matching `filters` it holds. */
export function taxonomyQuery(kind: TaxonomyKind, filters: TaxonomyQuery = {}) {
  return queryOptions({
    queryKey: taxonomyKeys.list(kind, filters),
    queryFn: ({ signal, client }) =>
      fetchFromApi(`/${kind}`, SCHEMAS[kind], { params: toSearchParams(filters), signal, client }),
    staleTime: TEN_MINUTES,
  });
}

export const forumsQuery = (filters?: TaxonomyQuery) => taxonomyQuery('forums', filters);
export const topicsQuery = (filters?: TaxonomyQuery) => taxonomyQuery('topics', filters);
