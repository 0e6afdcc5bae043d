import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { articleListQuery } from '../api/articles.ts';
import { topicsQuery } from '../api/taxonomy.ts';
import { ArticleCard } from '../components/article-card.tsx';
import { ArticleList } from '../components/article-list.tsx';
import { FacetChips } from '../components/facet-chips.tsx';
import { listSearch, readListParams } from '../shared/list-params.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';

export function HomePage() {
  const [searchParams] = useSearchParams();
  const { page } = readListParams(searchParams);
  const result = useQuery(articleListQuery({ page }));
  const topics = useQuery(topicsQuery());
  const lead = page === 1 && !result.isPlaceholderData ? result.data?.items[0] : undefined;
  useDocumentMeta('home', { page });

  return (
    <>
      <h1 className="page-title">Latest news</h1>
      {lead && (
        <section className="lead" aria-label="Lead story">
          <ArticleCard article={lead} lead />
        </section>
      )}
      <FacetChips
        label="Browse by topic"
        items={topics.data?.items}
        hrefFor={(topic) => (topic ? `/topics/${topic}` : '/')}
      />
      <ArticleList
        result={result}
        skipFirst={Boolean(lead)}
        eagerCovers={page === 1 ? 2 : 3}
        hrefForPage={(target) => `/${listSearch({ page: target })}`}
        empty={
          <p>
            There is no news on this page. <Link to="/">Go to the latest news</Link>.
          </p>
        }
      />
    </>
  );
}
