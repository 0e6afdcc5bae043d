import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { articleListQuery } from '../api/articles.ts';
import { taxonomyQuery } from '../api/taxonomy.ts';
import { ArticleList } from '../components/article-list.tsx';
import { FacetChips } from '../components/facet-chips.tsx';
import { QueryError } from '../components/query-error.tsx';
import { listSearch, readListParams } from '../shared/list-params.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { ApiError } from '../api/api-error.ts';
import { NotFoundPage } from './not-found-page.tsx';

// A forum page narrows by topic and a topic page by forum: the same view,
// seen from either side.
type Kind = 'forum' | 'topic';

const VIEW = {
  forum: { path: '/forums', own: 'forums', other: 'topics', otherKey: 'topic', otherLabel: 'topic' },
  topic: { path: '/topics', own: 'topics', other: 'forums', otherKey: 'forum', otherLabel: 'forum' },
} as const;

function TaxonomyPage({ kind }: { kind: Kind }) {
  const view = VIEW[kind];
  const slug = useParams()[kind] ?? '';
  const [searchParams] = useSearchParams();
  const params = readListParams(searchParams);
  const narrowedBy = params[view.otherKey];
  const filters = { [kind]: slug, [view.otherKey]: narrowedBy };

  const own = useQuery(taxonomyQuery(view.own));
  const facets = useQuery(taxonomyQuery(view.other, { [kind]: slug }));
  const result = useQuery(articleListQuery({ ...filters, page: params.page }));
  const entry = own.data?.items.find((item) => item.slug === slug);
  const narrowedName = facets.data?.items.find((item) => item.slug === narrowedBy)?.name;
  useDocumentMeta(kind, entry && { name: entry.name, narrowedBy: narrowedName, page: params.page }, entry?.description);

  const unknown = (own.data && !entry) || (result.error instanceof ApiError && result.error.isNotFound);
  if (unknown) return <NotFoundPage what={kind} />;
  if (own.error && !own.data) return <QueryError error={own.error} onRetry={() => void own.refetch()} />;

  const href = (changes: { page?: number; narrow?: string }) =>
    `${view.path}/${slug}${listSearch({ page: changes.page, [view.otherKey]: 'narrow' in changes ? changes.narrow : narrowedBy })}`;

  return (
    <>
      <div className="page-header">
        <p className="page-header__kind">{kind === 'forum' ? 'Forum' : 'Topic'}</p>
        <h1 className="page-title">{entry?.name ?? '\u00a0'}</h1>
        {entry && <p className="page-header__description">{entry.description}</p>}
        {result.data && (
          <p className="list-count" role="status">
            {result.data.total} {result.data.total === 1 ? 'article' : 'articles'}
            {narrowedName && ` on ${narrowedName}`}
          </p>
        )}
      </div>
      <FacetChips
        label={`Narrow by ${view.otherLabel}`}
        items={facets.data?.items}
        active={narrowedBy}
        allLabel={`All ${view.otherLabel}s`}
        hrefFor={(narrow) => href({ narrow })}
      />
      <ArticleList
        result={result}
        hrefForPage={(page) => href({ page })}
        empty={
          <p>
            No articles here yet{narrowedName && ` on ${narrowedName}`}.{' '}
            {narrowedBy ? (
              <Link to={href({ narrow: undefined })}>Show all of them</Link>
            ) : (
              <Link to="/">Read the latest news</Link>
            )}
            .
          </p>
        }
      />
    </>
  );
}

export const ForumPage = () => <TaxonomyPage kind="forum" />;
export const TopicPage = () => <TaxonomyPage kind="topic" />;
