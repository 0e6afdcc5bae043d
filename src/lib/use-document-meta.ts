import { useEffect } from 'react';
import { SITE_DESCRIPTION, SITE_NAME } from '../shared/site.ts';

/**
 * Keeps the tab title ("Headline · WIOTC News Center") and the meta
 * description in step with the page. Pass undefined while the title is unknown.
 */
export function useDocumentMeta(title: string | undefined, description: string = SITE_DESCRIPTION) {
  useEffect(() => {
    if (title === undefined) return;
    document.title = title ? `${title} · ${SITE_NAME}` : SITE_NAME;
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = description;
  }, [title, description]);
}
