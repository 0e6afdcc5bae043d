import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { articleListQuery } from '../api/articles.ts';
import { taxonomyQuery } from '../api/taxonomy.ts';
import { ArticleList } from '../components/article-list.tsx';
import { FacetChips } from '../components/facet-chips.tsx';
import { QueryError } from '../components/query-error.tsx';
import { listSearch, readListParams } from '../shared/list-params.ts';
import { pagePath } from '../shared/pages.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { ApiError } from '../api/api-error.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { useLang, useMessages } from '../lib/messages-context.tsx';

// A forum page narrows by topic and a topic page by forum: the same view,
// seen from either side.
type Kind = 'forum' | 'topic';

const VIEW = {
  forum: { own: 'forums', other: 'topics', otherKey: 'topic' },
  topic: { own: 'topics', other: 'forums', otherKey: 'forum' },
} as const;

function TaxonomyPage({ kind }: { kind: Kind }) {
  const view = VIEW[kind];
  const slug = useParams()[kind] ?? '';
  const [searchParams] = useSearchParams();
  const params = readListParams(searchParams);
  const narrowedBy = params[view.otherKey];
  const filters = { [kind]: slug, [view.otherKey]: narrowedBy };

  const lang = useLang();
  const { taxonomy: text, home } = useMessages();
  const own = useQuery(taxonomyQuery(view.own, lang));
  const facets = useQuery(taxonomyQuery(view.other, lang, { [kind]: slug }));
  const result = useQuery(articleListQuery(lang, { ...filters, page: params.page }));
  const entry = own.data?.items.find((item) => item.slug === slug);
  const narrowedName = facets.data?.items.find((item) => item.slug === narrowedBy)?.name;
  useDocumentMeta(kind, entry && { name: entry.name, narrowedBy: narrowedName, page: params.page }, entry?.description);

  const unknown = (own.data && !entry) || (result.error instanceof ApiError && result.error.isNotFound);
  if (unknown) return <NotFoundPage what={kind} />;
  if (own.error && !own.data) return <QueryError error={own.error} what={kind} onRetry={() => void own.refetch()} />;

  const href = (changes: { page?: number; narrow?: string }) =>
    `${pagePath(kind, { [kind]: slug }, lang)}${listSearch({ page: changes.page, [view.otherKey]: 'narrow' in changes ? changes.narrow : narrowedBy })}`;

  return (
    <>
      <div className="page-header">
        <p className="page-header__kind">{text[kind]}</p>
        <h1 className="page-title">{entry?.name ?? '\u00a0'}</h1>
        {entry && <p className="page-header__description">{entry.description}</p>}
        {result.data && (
          <p className="list-count" role="status">
            {narrowedName ? text.countOn(result.data.total, narrowedName) : text.count(result.data.total)}
          </p>
        )}
      </div>
      <FacetChips
        label={text.narrowBy[view.otherKey]}
        items={facets.data?.items}
        active={narrowedBy}
        allLabel={text.all[view.otherKey]}
        hrefFor={(narrow) => href({ narrow })}
      />
      <ArticleList
        result={result}
        hrefForPage={(page) => href({ page })}
        empty={
          <p>
            {narrowedName ? text.emptyOn(narrowedName) : text.empty}{' '}
            {narrowedBy ? (
              <Link to={href({ narrow: undefined })}>{text.showAll}</Link>
            ) : (
              <Link to={pagePath('home', {}, lang)}>{home.toLatest}</Link>
            )}
          </p>
        }
      />
    </>
  );
}

export const ForumPage = () => <TaxonomyPage kind="forum" />;
export const TopicPage = () => <TaxonomyPage kind="topic" />;
