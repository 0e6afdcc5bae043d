import { useMessages } from '../lib/messages-context.tsx';

/** A count that is an estimate: rounded, after a short sign that says so and a word a screen reader says. */
export function EstimatedCount({ count }: { count: number }) {
  const { filters, search } = useMessages();
  const { sign, spoken } = filters.estimate;
  return (
    <>
      {spoken ? (
        <>
          <span aria-hidden="true">{sign}</span>
          <span className="visually-hidden">{spoken}</span>
        </>
      ) : (
        sign
      )}
      {search.roughly(count)}
    </>
  );
}
