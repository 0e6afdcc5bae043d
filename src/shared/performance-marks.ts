// Names of the performance marks the app leaves for `npm run bench:lighthouse`,
// which reads them back from the browser.
export const CARD_CLICK = 'wiotc:card-click';
export const CARD_TO_HEADLINE = 'wiotc:card-to-headline';
