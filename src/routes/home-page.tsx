import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { articleListQuery } from '../api/articles.ts';
import { topicsQuery } from '../api/taxonomy.ts';
import { ArticleCard } from '../components/article-card.tsx';
import { ArticleList } from '../components/article-list.tsx';
import { EditionList } from '../components/edition-list.tsx';
import { FacetChips } from '../components/facet-chips.tsx';
import { UntranslatedNotice } from '../components/untranslated-notice.tsx';
import { listSearch, readListParams } from '../shared/list-params.ts';
import { pagePath } from '../shared/pages.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';

export function HomePage() {
  const [searchParams] = useSearchParams();
  const { page } = readListParams(searchParams);
  const lang = useLang();
  const { titles, home } = useMessages();
  const result = useQuery(articleListQuery(lang, { page }));
  const topics = useQuery(topicsQuery(lang));
  const lead = page === 1 && !result.isPlaceholderData ? result.data?.items[0] : undefined;
  const homePath = pagePath('home', {}, lang);
  useDocumentMeta('home', { page });

  return (
    <>
      <UntranslatedNotice />
      <h1 className="page-title">{titles.latest}</h1>
      {lead && (
        <section className="lead" aria-label={home.lead}>
          <ArticleCard article={lead} lead />
        </section>
      )}
      <FacetChips
        label={home.topics}
        items={topics.data?.items}
        hrefFor={(topic) => (topic ? pagePath('topic', { topic }, lang) : homePath)}
      />
      <ArticleList
        result={result}
        skipFirst={Boolean(lead)}
        hrefForPage={(target) => `${homePath}${listSearch({ page: target })}`}
        empty={
          <p>
            {home.empty} <Link to={homePath}>{home.toLatest}</Link>
          </p>
        }
      />
      <EditionList />
    </>
  );
}
