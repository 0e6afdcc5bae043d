import { useQueryClient } from '@tanstack/react-query';
import { articleQuery } from '../api/articles.ts';

/** Starts loading an article when the reader shows intent (hover or focus on its link). */
export function usePrefetchArticle() {
  const queryClient = useQueryClient();
  return (slug: string) => void queryClient.query(articleQuery(slug)).catch(() => undefined);
}
