import { en, type Messages } from '../../src/shared/i18n/en.ts';
import { SERVER_TEXT, type ServerText } from '../../src/shared/i18n/server-text.ts';
import { zh } from '../../src/shared/i18n/zh.ts';
import type { Lang } from '../../src/shared/languages.ts';

/** The interface text, and the text only the server writes. */
export type ServerMessages = Messages & ServerText;

// The server writes heads, feeds and cards in every language, so it keeps
// both catalogs at hand; the browser loads only its page's.
const CATALOGS: Record<Lang, ServerMessages> = {
  en: { ...en, ...SERVER_TEXT.en },
  zh: { ...zh, ...SERVER_TEXT.zh },
};

export const messagesFor = (lang: Lang): ServerMessages => CATALOGS[lang];
