import { type RefObject, useEffect } from 'react';

/**
 * Makes the video facades in an article body playable: shows their play
 * buttons, which the import writes hidden so that a page without scripts
 * offers only what works there (the link to the video), and starts a video at
 * a press of its button (a click, Enter or Space). One listener serves the
 * whole body, and the code that builds the player is fetched at the first
 * press, so a page whose videos are never played carries almost none of it.
 */
export function useVideoFacades(body: RefObject<HTMLElement | null>, bodyHtml: string | undefined): void {
  useEffect(() => {
    const element = body.current;
    const buttons = element?.querySelectorAll<HTMLButtonElement>('figure.video .video__play') ?? [];
    if (!element || buttons.length === 0) return;
    for (const button of buttons) button.hidden = false;
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('.video__play') : null;
      const figure = button?.closest<HTMLElement>('figure.video');
      if (figure) void import('./play-video.ts').then(({ playVideo }) => playVideo(figure));
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
    // The body's HTML is the effect's input: a new article brings new facades.
  }, [body, bodyHtml]);
}
