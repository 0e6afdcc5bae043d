import { en, type Messages } from '../../src/shared/i18n/en.ts';
import { EDITIONS_TEXT, type EditionsText } from '../../src/shared/i18n/editions-text.ts';
import { SERVER_TEXT, type ServerText } from '../../src/shared/i18n/server-text.ts';
import { zh } from '../../src/shared/i18n/zh.ts';
import type { Lang } from '../../src/shared/languages.ts';

/** The interface text, the edition pages' own, and the text only the server writes. */
export type ServerMessages = Messages & ServerText & { editions: EditionsText };

// The server writes heads, feeds and cards in every language, so it keeps
// both catalogs at hand; the browser loads only its page's.
const withServerText = (lang: Lang, messages: Messages): ServerMessages => ({
  ...messages,
  ...SERVER_TEXT[lang],
  editions: { ...messages.editions, ...EDITIONS_TEXT[lang] },
});

const CATALOGS: Record<Lang, ServerMessages> = { en: withServerText('en', en), zh: withServerText('zh', zh) };

export const messagesFor = (lang: Lang): ServerMessages => CATALOGS[lang];
