export type ShareLink = { network: 'X' | 'LinkedIn' | 'Facebook' | 'Weibo' | 'email'; href: string };

/** Plain share links: no scripts, no trackers, just the URL and title encoded. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'Weibo', href: `https://service.weibo.com/share/share.php?url=${u}&title=${t}` },
    { network: 'email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
  ];
}
