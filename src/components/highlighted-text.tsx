import type { HighlightedText as Highlighted } from '../shared/contract.ts';
import { highlightSegments } from '../lib/highlight.ts';

/** Text with the matched words in <mark>; built from ranges, never from HTML. */
export function HighlightedText({ value }: { value: Highlighted }) {
  return (
    <>
      {highlightSegments(value.text, value.ranges).map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
