import { queryOptions } from '@tanstack/react-query';
import { fetchFromApi } from './client.ts';
import { forumListSchema, topicListSchema } from './contract.ts';

export const taxonomyKeys = {
  forums: ['forums'] as const,
  topics: ['topics'] as const,
};

// Forums and topics change only with a content import, so they stay fresh for long.
const TEN_MINUTES = 10 * 60 * 1000;

export function forumsQuery() {
  return queryOptions({
    queryKey: taxonomyKeys.forums,
    queryFn: ({ signal }) => fetchFromApi('/forums', forumListSchema, { signal }),
    staleTime: TEN_MINUTES,
  });
}

export function topicsQuery() {
  return queryOptions({
    queryKey: taxonomyKeys.topics,
    queryFn: ({ signal }) => fetchFromApi('/topics', topicListSchema, { signal }),
    staleTime: TEN_MINUTES,
  });
}
