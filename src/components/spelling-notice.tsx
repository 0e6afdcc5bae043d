import { Fragment } from 'react';
import { useMessages } from '../lib/messages-context.tsx';
import { type CorrectedWord, compareCorrection } from '../lib/spelling-correction.ts';

function CorrectedQuery({ words }: { words: CorrectedWord[] }) {
  return words.map(({ text, changed }, index) => (
    <Fragment key={index}>
      {index > 0 && ' '}
      {changed ? <strong>{text}</strong> : text}
    </Fragment>
  ));
}

type SpellingNoticeProps = {
  /** What the reader typed. */
  typed: string;
  /** What the server searched instead, when it corrected the spelling. */
  corrected: string | undefined;
};

/**
 * Says that the words typed are in no article and which spelling was
 * searched instead, so the results below are not taken for matches of what
 * was typed. The live region is always there, so a screen reader hears the
 * notice when it appears, as it hears the count.
 */
export function SpellingNotice({ typed, corrected }: SpellingNoticeProps) {
  const { search } = useMessages();
  const correction = corrected && corrected !== typed ? compareCorrection(typed, corrected) : undefined;
  return (
    <div className="spelling-notice" role="status">
      {correction && (
        <p>{search.corrected(correction.missing, <CorrectedQuery key="corrected" words={correction.words} />)}</p>
      )}
    </div>
  );
}
