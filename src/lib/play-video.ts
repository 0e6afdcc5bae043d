import { VIDEO_PROVIDERS, isVideoId, isVideoProvider } from '../shared/video-providers.ts';

// The player may run its own scripts and open the service's site in a new tab;
// it may not navigate this page, open dialogs over it or start downloads.
const SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox';

/**
 * Puts the service's player where a video's poster was (a facade written by
 * the import, server/content/video-embeds.ts), and moves the focus into it so
 * that the keyboard goes on from where the reader pressed play. The provider
 * and id are checked again here: the page frames only the players it knows.
 */
export function playVideo(figure: HTMLElement): void {
  const { videoProvider: provider = '', videoId: id = '' } = figure.dataset;
  const poster = figure.querySelector(':scope > p');
  if (!poster || !isVideoProvider(provider) || !isVideoId(provider, id)) return;
  const player = document.createElement('iframe');
  player.src = VIDEO_PROVIDERS[provider].playerUrl(id);
  player.title = poster.textContent?.trim() || VIDEO_PROVIDERS[provider].name;
  player.setAttribute('allow', 'autoplay; fullscreen; picture-in-picture');
  // The players want to know the site that frames them; they get its origin, never the article's address.
  player.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  player.setAttribute('sandbox', SANDBOX);
  player.className = 'video__player';
  poster.replaceWith(player);
  player.focus();
}
