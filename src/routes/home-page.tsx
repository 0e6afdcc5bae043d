import { useSuspenseQuery } from '@tanstack/react-query';
import { articleListQuery } from '../api/articles.ts';
import { ArticleCard } from '../components/article-card.tsx';

export function HomePage() {
  const { data } = useSuspenseQuery(articleListQuery({ page: 1 }));
  return (
    <section aria-labelledby="latest-heading">
      <h1 id="latest-heading">Latest news</h1>
      <p className="list-count">{data.total} articles</p>
      <ul className="card-list">
        {data.items.map((article, index) => (
          <li key={article.slug}>
            <ArticleCard article={article} eager={index < 2} />
          </li>
        ))}
      </ul>
    </section>
  );
}
