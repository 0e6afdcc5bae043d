import { type Lang, isLang } from '../shared/languages.ts';

const DECISION_KEY = 'wiotc:language-offer';

/** The first of the browser's languages that the portal has, if any. */
export function preferredLang(languages: readonly string[] = navigator.languages ?? []): Lang | undefined {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return undefined;
}

/** Whether the reader has already answered the offer of the other language (either way). */
export function hasAnsweredOffer(): boolean {
  try {
    return localStorage.getItem(DECISION_KEY) !== null;
  } catch {
    // Storage refused (private mode, settings): better to offer again than to fail.
    return false;
  }
}

export function rememberOfferAnswer(answer: 'accepted' | 'dismissed'): void {
  try {
    localStorage.setItem(DECISION_KEY, answer);
  } catch {
    // Not remembered: the offer comes back on the next page load, which is harmless.
  }
}
