import { queryOptions } from '@tanstack/react-query';
import { toSearchParams } from './articles.ts';
import { fetchFromApi } from './client.ts';
import type { TaxonomyQuery } from '../shared/contract.ts';
import type { Lang } from '../shared/languages.ts';

type EditionFilters = Omit<TaxonomyQuery, 'lang'>;

export const editionKeys = {
  list: (lang: Lang, filters: EditionFilters = {}) => ['editions', lang, filters] as const,
};

// The years change only with a content import, like forums and topics.
const TEN_MINUTES = 10 * 60 * 1000;

/** The convention years with articles in `lang`, newest first, each with how many match `filters`. */
export function editionsQuery(lang: Lang, filters: EditionFilters = {}) {
  return queryOptions({
    queryKey: editionKeys.list(lang, filters),
    queryFn: ({ signal, client }) =>
      fetchFromApi('/editions', 'editionListSchema', { params: toSearchParams(lang, filters), signal, client }),
    staleTime: TEN_MINUTES,
  });
}
