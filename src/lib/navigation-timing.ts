// Performance marks for `npm run bench:lighthouse`: the time from a click on
// an article card to its headline on screen, read back from the browser.
const CLICK = 'wiotc:card-click';
export const CARD_TO_HEADLINE = 'wiotc:card-to-headline';

export function markCardClick(): void {
  performance.mark(CLICK);
}

/** Call once the headline is rendered; measures to the next frame, when it is painted. */
export function markHeadlineShown(): void {
  if (performance.getEntriesByName(CLICK).length === 0) return;
  requestAnimationFrame(() => {
    performance.measure(CARD_TO_HEADLINE, CLICK);
    performance.clearMarks(CLICK);
  });
}
