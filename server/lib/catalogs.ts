import { en, type Messages } from '../../src/shared/i18n/en.ts';
import { zh } from '../../src/shared/i18n/zh.ts';
import type { Lang } from '../../src/shared/languages.ts';

// The server writes heads, feeds and cards in every language, so it keeps
// both catalogs at hand; the browser loads only its page's.
const CATALOGS: Record<Lang, Messages> = { en, zh };

export const messagesFor = (lang: Lang): Messages => CATALOGS[lang];
