import { Link } from 'react-router-dom';
import { useLang, useMessages } from '../lib/messages-context.tsx';
import { pagePath } from '../shared/pages.ts';

type NoSearchResultsProps = {
  /** The query that was searched: the reader's, or its corrected spelling. */
  searched: string;
  /** Where the same search goes without its forum and topic, when it has either. */
  unfiltered: string | undefined;
};

/** What a search that found nothing says, and what it suggests trying instead. */
export function NoSearchResults({ searched, unfiltered }: NoSearchResultsProps) {
  const { search: text } = useMessages();
  const lang = useLang();
  return (
    <>
      <p>{unfiltered ? text.noMatchFiltered(searched) : text.noMatch(searched)}</p>
      <ul>
        <li>{text.tip}</li>
        {unfiltered && (
          <li>
            <Link to={unfiltered}>{text.unfilter}</Link>
          </li>
        )}
        <li>
          <Link to={pagePath('home', {}, lang)}>{text.browse}</Link>
        </li>
      </ul>
    </>
  );
}
