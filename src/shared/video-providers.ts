// The video services an article may embed, and the one place that knows their
// addresses: the import reads editors' links with it, the page builds the
// player from it, and the Content-Security-Policy allows exactly its players.
// The players chosen are each service's privacy-minded one.

export type VideoProvider = 'youtube' | 'vimeo' | 'bilibili';

type ProviderFacts = {
  /** The service's name, as readers know it. */
  name: string;
  /** A video's id on the service, matched whole. */
  id: RegExp;
  /** The hosts of the service's own pages, whose links the import recognizes. */
  hosts: string[];
  /** The form of a video's address on the service, for editors. */
  linkForm: string;
  /** The id in a link to one of those hosts, if the link is to a video. */
  idInLink: (url: URL) => string | undefined;
  /** Where the video is watched on the service: the link that works without JavaScript. */
  watchUrl: (id: string) => string;
  /** The player that is framed once the reader presses play. */
  playerUrl: (id: string) => string;
};

const firstPathSegment = (url: URL, after: string) =>
  url.pathname.startsWith(after) ? url.pathname.slice(after.length).replace(/\/$/, '') : undefined;

export const VIDEO_PROVIDERS: Record<VideoProvider, ProviderFacts> = {
  youtube: {
    name: 'YouTube',
    id: /^[A-Za-z0-9_-]{11}$/,
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'],
    linkForm: 'https://www.youtube.com/watch?v=ID or https://youtu.be/ID, with an 11-character ID',
    idInLink: (url) =>
      url.hostname === 'youtu.be'
        ? url.pathname.slice(1)
        : url.pathname === '/watch'
          ? (url.searchParams.get('v') ?? undefined)
          : (firstPathSegment(url, '/embed/') ?? firstPathSegment(url, '/shorts/') ?? firstPathSegment(url, '/live/')),
    watchUrl: (id) => `https://www.youtube.com/watch?v=${id}`,
    // No cookies until the reader plays, and the reader has already pressed play once.
    playerUrl: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`,
  },
  vimeo: {
    name: 'Vimeo',
    id: /^\d{1,12}$/,
    hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
    linkForm: 'https://vimeo.com/ and the number of the video',
    idInLink: (url) =>
      url.hostname === 'player.vimeo.com' ? firstPathSegment(url, '/video/') : firstPathSegment(url, '/'),
    watchUrl: (id) => `https://vimeo.com/${id}`,
    // dnt=1: Vimeo's player then sets no cookies and records no session data.
    playerUrl: (id) => `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1`,
  },
  bilibili: {
    name: 'Bilibili',
    id: /^BV[0-9A-Za-z]{10}$/,
    // b23.tv short links are recognized so that the warning can ask for the full address.
    hosts: ['www.bilibili.com', 'bilibili.com', 'm.bilibili.com', 'player.bilibili.com', 'b23.tv'],
    linkForm: 'https://www.bilibili.com/video/ and the BV number (open a b23.tv short link to get it)',
    idInLink: (url) =>
      url.hostname === 'player.bilibili.com'
        ? (url.searchParams.get('bvid') ?? undefined)
        : firstPathSegment(url, '/video/'),
    watchUrl: (id) => `https://www.bilibili.com/video/${id}/`,
    // Bilibili's player otherwise starts by itself, before the reader has seen it.
    playerUrl: (id) => `https://player.bilibili.com/player.html?bvid=${id}&autoplay=0`,
  },
};

export const isVideoProvider = (value: string): value is VideoProvider => Object.hasOwn(VIDEO_PROVIDERS, value);

export function isVideoId(provider: VideoProvider, id: string): boolean {
  return VIDEO_PROVIDERS[provider].id.test(id);
}

/** The origins the page may frame: the players, and nothing else. */
export const VIDEO_PLAYER_ORIGINS = Object.values(VIDEO_PROVIDERS).map(
  ({ playerUrl }) => new URL(playerUrl('x')).origin,
);

export type VideoLink =
  | { kind: 'video'; provider: VideoProvider; id: string }
  /** A link to a provider's site that does not name one video this page can play. */
  | { kind: 'not-a-video'; provider: VideoProvider }
  | { kind: 'other-site' };

/** What a link points to: a video we can embed, a page of a video site we cannot, or another site. */
export function readVideoLink(address: string): VideoLink {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'other-site' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'other-site' };
  const host = url.hostname.toLowerCase();
  for (const [provider, facts] of Object.entries(VIDEO_PROVIDERS) as [VideoProvider, ProviderFacts][]) {
    if (!facts.hosts.includes(host)) continue;
    const id = facts.idInLink(url);
    return id !== undefined && facts.id.test(id) ? { kind: 'video', provider, id } : { kind: 'not-a-video', provider };
  }
  return { kind: 'other-site' };
}
