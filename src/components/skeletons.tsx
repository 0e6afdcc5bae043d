/** Grey stand-ins with the real layout's size, so nothing jumps when data arrives. */
export function CardSkeletons({ count = 6 }: { count?: number }) {
  return (
    <ul className="card-list" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index}>
          <div className="card card--skeleton">
            <div className="card__cover skeleton" />
            <div className="card__body">
              <div className="skeleton skeleton--title" />
              <div className="skeleton skeleton--line" />
              <div className="skeleton skeleton--line skeleton--short" />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function TextSkeleton({ lines = 6 }: { lines?: number }) {
  return (
    <div className="text-skeleton" aria-hidden="true">
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className={`skeleton skeleton--line${index % 4 === 3 ? ' skeleton--short' : ''}`} />
      ))}
    </div>
  );
}
