import { useQuery } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router-dom';
import { articleQuery } from '../api/articles.ts';
import { matchPage } from '../shared/pages.ts';
import { languageSwitchPath, otherLang } from './language-switch.ts';
import { useLang } from './messages-context.tsx';

/** Where the header's language link leads from the page on screen, and whether that is the same page. */
export function useLanguageSwitch() {
  const lang = useLang();
  const { pathname, search } = useLocation();
  const slug = useParams().slug ?? '';
  const onArticle = matchPage(pathname)?.id === 'article';
  // The article page reads the same query, so this adds no request.
  const { data: article } = useQuery({ ...articleQuery(lang, slug), enabled: onArticle });
  const target = otherLang(lang);
  return { target, ...languageSwitchPath(target, pathname, search, onArticle ? article?.translations : undefined) };
}
