import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Form, Link, useLocation, useSearchParams } from 'react-router-dom';
import { articleListQuery } from '../api/articles.ts';
import { QUERY_MAX_LENGTH } from '../shared/limits.ts';
import { forumsQuery, topicsQuery } from '../api/taxonomy.ts';
import { ArticleList } from '../components/article-list.tsx';
import { FacetChips } from '../components/facet-chips.tsx';
import { NoSearchResults } from '../components/no-search-results.tsx';
import { SearchCount } from '../components/search-count.tsx';
import { SortLinks } from '../components/sort-links.tsx';
import { SpellingNotice } from '../components/spelling-notice.tsx';
import { type ListParams, listSearch, readListParams } from '../shared/list-params.ts';
import { pagePath } from '../shared/pages.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';
import { useDocumentMeta } from '../lib/use-document-meta.ts';
import { useLang, useMessages } from '../lib/messages-context.tsx';

// Results follow the box key by key (a search answers in milliseconds, and a
// superseded one is cancelled). The address (what a shared link or the back
// button brings back) waits for a pause, so that history is not rewritten on
// every key.
const TYPING_PAUSE_MS = 300;

export function SearchPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(searchParams);
  const { q: addressQ, forum, topic, languages, sort } = params;
  const lang = useLang();
  const { titles, search: text, taxonomy } = useMessages();
  const searchPath = pagePath('search', {}, lang);

  // What is in the box; the URL follows it once typing pauses.
  const [box, setBox] = useState(addressQ);
  const [shownQ, setShownQ] = useState(addressQ);
  // When the URL catches up with what was typed, the reader has usually typed
  // on: those keys must not be lost, so only a change from elsewhere (the
  // header search, the back button) is copied into the box.
  const typedQ = (useLocation().state as { typedQ?: string } | null)?.typedQ;
  if (addressQ !== shownQ) {
    setShownQ(addressQ);
    if (addressQ !== typedQ && box.trim() !== addressQ) setBox(addressQ);
  }
  // While an input method composes a word (pinyin letters before the characters
  // are chosen) the box holds a draft: the URL waits for the word.
  const [composing, setComposing] = useState(false);
  const draft = composing ? undefined : box.trim();
  const settled = useDebouncedValue(draft, TYPING_PAUSE_MS);
  // The query shown: the box's, or the address's while a word is being composed.
  const q = draft ?? addressQ;
  // A new query starts at its first page.
  const page = q === addressQ ? params.page : undefined;
  useEffect(() => {
    if (settled === undefined || settled === addressQ) return;
    // Replace, not push: Back leaves the search instead of replaying each keystroke.
    setSearchParams(listSearch({ q: settled, forum, topic, languages, sort }), {
      replace: true,
      preventScrollReset: true,
      state: { typedQ: settled },
    });
    // Only a pause in typing should move the URL; q and the filters are read fresh here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  const searching = q !== '';
  const result = useQuery({
    ...articleListQuery(lang, { q, forum, topic, page, languages, sort }),
    enabled: searching,
  });
  const forums = useQuery({ ...forumsQuery(lang, { q, topic, languages }), enabled: searching });
  const topics = useQuery({ ...topicsQuery(lang, { q, forum, languages }), enabled: searching });
  useDocumentMeta('search', { q });

  // Any change but a page number starts again at page 1.
  const href = (changes: Partial<ListParams>) =>
    `${searchPath}${listSearch({ q, forum, topic, languages, sort, ...changes, page: changes.page })}`;
  const shown = result.data && !result.isPlaceholderData ? result.data : undefined;
  // What the server searched: the reader's words, or its correction of their spelling.
  const searched = shown?.correctedQuery ?? q;

  return (
    <>
      <h1 className="page-title">{titles.search}</h1>
      <Form className="search-page__form" action={searchPath} method="get" role="search" aria-label={text.pageLabel}>
        <label htmlFor="search-page-q">{text.pageLabel}</label>
        <div className="search-page__row">
          <input
            id="search-page-q"
            type="search"
            name="q"
            value={box}
            onChange={(event) => setBox(event.target.value)}
            onCompositionStart={() => setComposing(true)}
            onCompositionEnd={(event) => {
              setComposing(false);
              setBox(event.currentTarget.value);
            }}
            maxLength={QUERY_MAX_LENGTH}
            autoComplete="off"
            enterKeyHint="search"
          />
          {forum && <input type="hidden" name="forum" value={forum} />}
          {topic && <input type="hidden" name="topic" value={topic} />}
          {languages && <input type="hidden" name="languages" value={languages} />}
          {sort && <input type="hidden" name="sort" value={sort} />}
          <button type="submit">{text.submit}</button>
        </div>
      </Form>
      <div className="search-page__status">
        <SearchCount result={result} q={q} />
        {searching && (
          // A link, so a widened search is in the URL like every other state.
          <Link
            className="search-page__languages"
            to={href({ languages: languages ? undefined : 'all', page: undefined })}
            preventScrollReset
          >
            {languages ? text.narrow : text.widen}
          </Link>
        )}
      </div>
      <SpellingNotice typed={q} corrected={searching ? searched : undefined} />
      {searching ? (
        <>
          <SortLinks sort={sort} hrefFor={(order) => href({ sort: order })} />
          {(
            [
              ['forum', forums.data, forum],
              ['topic', topics.data, topic],
            ] as const
          ).map(([kind, facets, active]) => (
            <FacetChips
              key={kind}
              label={taxonomy.narrowBy[kind]}
              items={facets?.items}
              estimated={facets?.estimated}
              active={active}
              allLabel={taxonomy.all[kind]}
              hrefFor={(slug) => href({ [kind]: slug })}
            />
          ))}
          <ArticleList
            result={result}
            hrefForPage={(target) => href({ page: target })}
            empty={
              <NoSearchResults
                searched={searched}
                unfiltered={forum || topic ? href({ forum: undefined, topic: undefined }) : undefined}
              />
            }
          />
        </>
      ) : (
        <p className="empty-state">{text.invite}</p>
      )}
    </>
  );
}
