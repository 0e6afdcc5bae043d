export type Segment = { text: string; marked: boolean };

/**
 * Cuts a text into plain and marked segments from [start, end) ranges. Ranges
 * may come unsorted, overlapping or out of bounds; the text is never altered,
 * so joining the segments gives it back exactly.
 */
export function highlightSegments(text: string, ranges: readonly (readonly [number, number])[]): Segment[] {
  const clamped = ranges
    .map(([start, end]) => [Math.max(0, start), Math.min(text.length, end)] as const)
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let position = 0;
  for (const [start, end] of clamped) {
    if (end <= position) continue;
    const from = Math.max(start, position);
    if (from > position) segments.push({ text: text.slice(position, from), marked: false });
    const previous = segments.at(-1);
    if (previous?.marked && from === position) previous.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), marked: true });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), marked: false });
  return segments;
}
