import { Link } from 'react-router-dom';
import type { ArticleSummary } from '../shared/contract.ts';
import { LocalDate } from './local-date.tsx';

/** Date, forum, reading time and topics, as links where they lead somewhere. */
export function ArticleMeta({ article, showAuthor = false }: { article: ArticleSummary; showAuthor?: boolean }) {
  return (
    <div className="meta">
      <p className="meta__line">
        <LocalDate iso={article.publishedAt} />
        <Link to={`/forums/${article.forum.slug}`}>{article.forum.name}</Link>
        {showAuthor && <span>{article.author}</span>}
        <span>{article.readingMinutes} min read</span>
      </p>
      {article.topics.length > 0 && (
        <ul className="meta__topics" aria-label="Topics">
          {article.topics.map((topic) => (
            <li key={topic.slug}>
              <Link className="tag" to={`/topics/${topic.slug}`}>
                {topic.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
