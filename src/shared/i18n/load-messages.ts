import type { Lang } from '../languages.ts';
import type { Messages } from './en.ts';

// Each catalog is its own chunk: a page loads only its own language's text.
const LOADERS: Record<Lang, () => Promise<Messages>> = {
  en: () => import('./en.ts').then((module) => module.en),
  zh: () => import('./zh.ts').then((module) => module.zh),
};

export function loadMessages(lang: Lang): Promise<Messages> {
  return LOADERS[lang]();
}
