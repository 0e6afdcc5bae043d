import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '../shared/languages.ts';
import { fetchFromApi } from './client.ts';
import { toSearchParams } from './articles.ts';

/** An unpublished article at its preview address (GET /api/preview/:key). */
export function previewQuery(lang: Lang, key: string) {
  return queryOptions({
    queryKey: ['preview', lang, key] as const,
    queryFn: ({ signal, client }) =>
      fetchFromApi(`/preview/${encodeURIComponent(key)}`, 'articlePreviewSchema', {
        params: toSearchParams(lang),
        signal,
        client,
      }),
  });
}
