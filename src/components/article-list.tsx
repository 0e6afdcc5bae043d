import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import type { ArticleList as ArticleListData } from '../shared/contract.ts';
import { ArticleCard } from './article-card.tsx';
import { PastLastPage } from './past-last-page.tsx';
import { Pagination } from './pagination.tsx';
import { QueryError } from './query-error.tsx';
import { CardSkeletons } from './skeletons.tsx';

type ArticleListProps = {
  result: UseQueryResult<ArticleListData>;
  hrefForPage: (page: number) => string;
  /** What to say, and suggest, when nothing matches. */
  empty: ReactNode;
  /** Leave out the first item, already shown above the list as the lead story. */
  skipFirst?: boolean;
};

/** A page of article cards with its pagination, loading, empty and error states. */
export function ArticleList({ result, hrefForPage, empty, skipFirst = false }: ArticleListProps) {
  const { error, isPlaceholderData, refetch } = result;
  // When the next page fails, the reader keeps the page they had, with the error above it.
  const [kept, setKept] = useState(result.data);
  if (result.data && result.data !== kept) setKept(result.data);
  const data = result.data ?? (error ? kept : undefined);
  if (!data) return error ? <QueryError error={error} onRetry={() => void refetch()} /> : <CardSkeletons />;
  // Past the last page the list is empty too, but the page does not exist (the server says 404).
  if (data.items.length === 0 && data.page > 1) return <PastLastPage firstPage={hrefForPage(1)} />;
  if (data.items.length === 0) return <div className="empty-state">{empty}</div>;
  const items = skipFirst ? data.items.slice(1) : data.items;
  return (
    <div className="article-list" aria-busy={isPlaceholderData}>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <ul className={isPlaceholderData ? 'card-list card-list--stale' : 'card-list'}>
        {items.map((article, index) => (
          // A search in every language may list an article and its translation, which share a slug.
          <li key={`${article.lang}/${article.slug}`}>
            <ArticleCard article={article} largest={index === 0 && !skipFirst} />
          </li>
        ))}
      </ul>
      <Pagination
        page={data.page}
        totalPages={data.totalPages}
        estimated={data.estimated === true}
        hrefFor={hrefForPage}
      />
    </div>
  );
}
