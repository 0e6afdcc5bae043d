import { useQueryClient } from '@tanstack/react-query';
import { articleQuery } from '../api/articles.ts';
import { useLang } from '../lib/messages-context.tsx';

/** Starts loading an article when the reader shows intent (hover or focus on its link). */
export function usePrefetchArticle() {
  const queryClient = useQueryClient();
  const lang = useLang();
  return (slug: string) => void queryClient.query(articleQuery(lang, slug)).catch(() => undefined);
}
