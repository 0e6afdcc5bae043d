/**
 * The news center's editorial desk: where readers send questions,
 * corrections and accessibility problems. One home, read by the about and
 * accessibility pages.
 */
export const EDITORIAL_CONTACT = 'news@wiotc.org';
