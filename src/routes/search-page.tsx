import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Form, Link, useSearchParams } from 'react-router-dom';
import { articleListQuery } from '../api/articles.ts';
import { QUERY_MAX_LENGTH } from '../shared/limits.ts';
import { forumsQuery, topicsQuery } from '../api/taxonomy.ts';
import { ArticleList } from '../components/article-list.tsx';
import { FacetChips } from '../components/facet-chips.tsx';
import { type ListParams, listSearch, readListParams } from '../shared/list-params.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';

const TYPING_PAUSE_MS = 300;

function resultCount(total: number, q: string) {
  return `${total} ${total === 1 ? 'result' : 'results'} for “${q}”`;
}

export function SearchPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(searchParams);
  const { q, forum, topic, page } = params;

  // What is in the box; the URL follows it once typing pauses.
  const [text, setText] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    // The URL changed from outside (header search, back button): show it in the box.
    setShownQ(q);
    if (text.trim() !== q) setText(q);
  }
  const settled = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  useEffect(() => {
    if (settled === q) return;
    // Replace, not push: Back leaves the search instead of replaying each keystroke.
    setSearchParams(listSearch({ q: settled, forum, topic }), { replace: true, preventScrollReset: true });
    // Only a pause in typing should move the URL; q, forum and topic are read fresh here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  const searching = q !== '';
  const result = useQuery({ ...articleListQuery({ q, forum, topic, page }), enabled: searching });
  const forums = useQuery({ ...forumsQuery({ q, topic }), enabled: searching });
  const topics = useQuery({ ...topicsQuery({ q, forum }), enabled: searching });
  useDocumentMeta('search', { q });

  const href = (changes: Partial<ListParams>) =>
    `/search${listSearch({ q, forum, topic, ...changes, page: changes.page })}`;
  const total = result.data && !result.isPlaceholderData ? result.data.total : undefined;

  return (
    <>
      <h1 className="page-title">Search</h1>
      <Form className="search-page__form" action="/search" method="get" role="search" aria-label="Search the news">
        <label htmlFor="search-page-q">Search the news</label>
        <div className="search-page__row">
          <input
            id="search-page-q"
            type="search"
            name="q"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={QUERY_MAX_LENGTH}
            autoComplete="off"
            enterKeyHint="search"
          />
          {forum && <input type="hidden" name="forum" value={forum} />}
          {topic && <input type="hidden" name="topic" value={topic} />}
          <button type="submit">Search</button>
        </div>
      </Form>
      <p className="list-count" role="status">
        {searching && total !== undefined ? resultCount(total, q) : ''}
      </p>
      {searching ? (
        <>
          {(
            [
              ['forum', forums.data, forum],
              ['topic', topics.data, topic],
            ] as const
          ).map(([kind, facets, active]) => (
            <FacetChips
              key={kind}
              label={`Narrow by ${kind}`}
              items={facets?.items}
              active={active}
              allLabel={`All ${kind}s`}
              hrefFor={(slug) => href({ [kind]: slug })}
            />
          ))}
          <ArticleList
            result={result}
            hrefForPage={(target) => href({ page: target })}
            empty={
              <>
                <p>
                  No articles match “{q}”{forum || topic ? ' with these filters' : ''}.
                </p>
                <ul>
                  <li>Check the spelling, or try fewer or more general words.</li>
                  {(forum || topic) && (
                    <li>
                      <Link to={href({ forum: undefined, topic: undefined })}>Search all forums and topics</Link>
                    </li>
                  )}
                  <li>
                    <Link to="/">Browse the latest news</Link>
                  </li>
                </ul>
              </>
            }
          />
        </>
      ) : (
        <p className="empty-state">Type a word or a name to search every article, for example “smart grid”.</p>
      )}
    </>
  );
}
