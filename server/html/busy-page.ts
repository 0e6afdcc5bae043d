import type { Lang } from '../../src/shared/languages.ts';
import { LOCALES } from '../../src/shared/languages.ts';
import { messagesFor } from '../lib/catalogs.ts';
import { escapeHtml } from '../lib/escape-html.ts';

/**
 * What a reader gets when every renderer is busy: a short page in their
 * language that asks again by itself after a moment (a meta refresh, as no
 * inline script may run), sent at once with no work behind it.
 */
export function busyPage(lang: Lang): string {
  const { site, busy } = messagesFor(lang);
  return [
    `<!doctype html><html lang="${LOCALES[lang].html}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta http-equiv="refresh" content="2">',
    `<title>${escapeHtml(busy.title)} · ${escapeHtml(site.name)}</title></head>`,
    `<body><h1>${escapeHtml(busy.title)}</h1><p>${escapeHtml(busy.text)}</p></body></html>`,
  ].join('');
}
