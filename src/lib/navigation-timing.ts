import { CARD_CLICK, CARD_TO_HEADLINE } from '../shared/performance-marks.ts';

// The time from a click on an article card to its headline on screen.

export function markCardClick(): void {
  performance.mark(CARD_CLICK);
}

/** Call once the headline is rendered; measures to the next frame, when it is painted. */
export function markHeadlineShown(): void {
  if (performance.getEntriesByName(CARD_CLICK).length === 0) return;
  requestAnimationFrame(() => {
    performance.measure(CARD_TO_HEADLINE, CARD_CLICK);
    performance.clearMarks(CARD_CLICK);
  });
}
