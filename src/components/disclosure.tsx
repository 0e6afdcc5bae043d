import { type ReactNode, useRef } from 'react';

type DisclosureProps = {
  className: string;
  /** What the closed control says: what is inside, and what is chosen. */
  summary: ReactNode;
  children: ReactNode;
};

/**
 * A list of links folded into one control on a narrow screen (layout.css
 * unfolds it on a wide one). A native <details>, so it opens without
 * JavaScript; with it, choosing a link or pressing Escape folds it again.
 */
export function Disclosure({ className, summary, children }: DisclosureProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const close = (refocus: boolean) => {
    const details = ref.current;
    if (!details?.open) return;
    details.open = false;
    if (refocus) details.querySelector('summary')?.focus();
  };
  return (
    // Delegated: the links and the summary inside are the controls; this only folds the list after them.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <details
      ref={ref}
      className={`disclosure ${className}`}
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest('a')) close(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close(true);
      }}
    >
      <summary className="disclosure__summary">{summary}</summary>
      {children}
    </details>
  );
}
