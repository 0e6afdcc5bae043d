import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { articleListQuery } from '../api/articles.ts';
import { editionsQuery } from '../api/editions.ts';
import { forumsQuery, topicsQuery } from '../api/taxonomy.ts';
import { ArticleList } from '../components/article-list.tsx';
import { EditionList } from '../components/edition-list.tsx';
import { FacetChips } from '../components/facet-chips.tsx';
import { QueryError } from '../components/query-error.tsx';
import { listSearch, readListParams } from '../shared/list-params.ts';
import { pagePath, readEditionYear } from '../shared/pages.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { EDITIONS_TEXT } from '../shared/i18n/editions-text.ts';
import { NotFoundPage } from './not-found-page.tsx';

type Filters = { forum?: string; topic?: string };

/** One convention year's news, narrowed by forum and topic, each chip counted within the year and the other filter. */
function Edition({ year }: { year: number }) {
  const [searchParams] = useSearchParams();
  const { page, forum, topic } = readListParams(searchParams);
  const lang = useLang();
  const messages = useMessages();
  const { taxonomy, titles } = messages;
  const text = { ...messages.editions, ...EDITIONS_TEXT[lang] };
  const editions = useQuery(editionsQuery(lang));
  const forums = useQuery(forumsQuery(lang, { year, topic }));
  const topics = useQuery(topicsQuery(lang, { year, forum }));
  const result = useQuery(articleListQuery(lang, { year, forum, topic, page }));

  const edition = editions.data?.items.find((item) => item.year === year && item.articleCount > 0);
  const forumName = forums.data?.items.find((item) => item.slug === forum)?.name;
  const topicName = topics.data?.items.find((item) => item.slug === topic)?.name;
  const named = (!forum || forumName) && (!topic || topicName);
  const filters = [forumName, topicName].filter((name) => name !== undefined);
  useDocumentMeta('edition', edition && named ? { year, filters, page } : undefined, text.description(year));

  // A year without articles in this language, or an unknown forum or topic in the query.
  const unknown = (editions.data && !edition) || (result.error instanceof ApiError && result.error.isNotFound);
  if (unknown) return <NotFoundPage />;
  if (editions.error && !editions.data) {
    return <QueryError error={editions.error} onRetry={() => void editions.refetch()} />;
  }

  const path = pagePath('edition', { year: String(year) }, lang);
  const href = (next: Filters & { page?: number }) => `${path}${listSearch(next)}`;

  return (
    <>
      <div className="page-header">
        <p className="page-header__kind">{text.kind}</p>
        <h1 className="page-title">{titles.edition(year)}</h1>
        <p className="page-header__description">{text.description(year)}</p>
        {result.data && (
          <p className="list-count" role="status">
            {text.count(result.data.total, ...filters)}
          </p>
        )}
      </div>
      <FacetChips
        label={taxonomy.narrowBy.forum}
        items={forums.data?.items}
        active={forum}
        allLabel={taxonomy.all.forum}
        hrefFor={(slug) => href({ forum: slug, topic })}
      />
      <FacetChips
        label={taxonomy.narrowBy.topic}
        items={topics.data?.items}
        active={topic}
        allLabel={taxonomy.all.topic}
        hrefFor={(slug) => href({ forum, topic: slug })}
      />
      <ArticleList
        result={result}
        hrefForPage={(target) => href({ forum, topic, page: target })}
        empty={
          <p>
            {text.empty} <Link to={path}>{text.showAll}</Link>
          </p>
        }
      />
      <EditionList current={year} />
    </>
  );
}

export function EditionPage() {
  const year = readEditionYear(useParams().year);
  return year === undefined ? <NotFoundPage /> : <Edition key={year} year={year} />;
}
