import type autocannon from 'autocannon';

const WORDS = ['internet', 'grid', 'smart', 'standards', 'guter', 'port', 'health', 'farm', 'data', 'zürich'];

/**
 * Readers' mixed reads for autocannon: lists, filters, forums and topics,
 * 304 revalidations, and a deterministic rotation over many distinct URLs
 * (articles, article pages, searches over rotating words and pages), so
 * that caches are both used and missed. Asks the server at `base` for the
 * slugs and the tag it needs.
 */
export async function mixedReads(base: string): Promise<autocannon.Request[]> {
  const list = (await (await fetch(`${base}/api/articles?pageSize=50`)).json()) as { items: { slug: string }[] };
  const slugs = list.items.map((item) => item.slug);
  const etag = (await fetch(`${base}/api/articles`)).headers.get('etag')!;
  let counter = 0;
  const rotating = () => {
    counter += 1;
    if (counter % 3 === 0) return `/api/articles/${slugs[counter % slugs.length]}`;
    if (counter % 3 === 1)
      return `/api/articles?q=${encodeURIComponent(WORDS[counter % WORDS.length])}&page=${1 + (counter % 3)}`;
    return `/news/${slugs[counter % slugs.length]}`;
  };
  const reads: autocannon.Request[] = [
    { path: '/api/articles' },
    { path: '/api/articles?page=2' },
    { path: '/api/articles?forum=energy-session' },
    { path: '/api/articles?topic=digital-economy&page=2' },
    { path: '/api/forums' },
    { path: '/api/topics?forum=opening-ceremony' },
    { path: '/api/articles', headers: { 'If-None-Match': etag } },
    { setupRequest: (request) => ({ ...request, path: rotating() }) },
  ];
  return reads.map((read) => ({ method: 'GET', ...read }));
}
