import type { MarkedExtension, Tokens } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { Lang } from '../../src/shared/languages.ts';
import {
  VIDEO_PROVIDERS,
  type VideoLink,
  type VideoProvider,
  readVideoLink,
} from '../../src/shared/video-providers.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import type { TokenProblem } from './body-problems.ts';

// A video is written as its address alone in a paragraph, or as
// ::video[Title](address) on a line of its own, which also gives it a title.
// It is rendered as a facade: a poster drawn by the site's styles, the video's
// title, a link to it on its service, and a play button that the page turns
// into the service's player (src/lib/use-video-facades.ts). Nothing is asked of
// the service until the reader presses play.

const DIRECTIVE = /^ {0,3}::video\[([^\]\n]*)\]\(\s*([^)\s]*)\s*\)[ \t]*(?:\n|$)/;
// Alone in its paragraph: a blank line or the end follows it.
const ADDRESS_ALONE = /^ {0,3}(https?:\/\/[^\s<>]+)[ \t]*(?:\n(?=[ \t]*(?:\n|$))|$)/;

declare module 'marked' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats marked's parameters
  interface MarkedOptions<ParserOutput = string, RendererOutput = string> {
    /** The article's language, for the fixed text of its videos: given per call of renderBody(). */
    articleLang?: Lang;
  }
}

type VideoToken = Tokens.Generic & {
  type: 'video';
  address: string;
  title?: string;
  link: VideoLink;
  problem?: TokenProblem;
};

const PROVIDER_LIST = 'YouTube, Vimeo or Bilibili';

function linkProblem(address: string, link: VideoLink): TokenProblem | undefined {
  if (link.kind === 'video') return undefined;
  if (link.kind === 'other-site') {
    return { message: `"${address}" is not a ${PROVIDER_LIST} video, so it is shown as a plain link` };
  }
  const { name, linkForm } = VIDEO_PROVIDERS[link.provider];
  return {
    message: `"${address}" does not name one ${name} video, so it is shown as a plain link; write ${linkForm}`,
  };
}

function videoToken(raw: string, address: string, title: string | undefined): VideoToken {
  const link = readVideoLink(address);
  return { type: 'video', raw, address, title, link, problem: linkProblem(address, link) };
}

const LABELS = {
  en: {
    untitled: (provider: string) => `${provider} video`,
    play: (title: string) => `Play video: ${title}`,
    note: (provider: string, playerHost: string) =>
      `Video on ${provider} — plays from ${playerHost} when you press play.`,
    watch: (provider: string) => `Watch on ${provider}`,
  },
  zh: {
    untitled: (provider: string) => `${provider} 视频`,
    play: (title: string) => `播放视频：${title}`,
    note: (provider: string, playerHost: string) => `${provider} 视频，按下播放后才从 ${playerHost} 加载。`,
    watch: (provider: string) => `在 ${provider} 观看`,
  },
} satisfies Record<Lang, unknown>;

function facadeHtml(provider: VideoProvider, id: string, givenTitle: string | undefined, lang: Lang): string {
  const facts = VIDEO_PROVIDERS[provider];
  const labels = LABELS[lang];
  const title = givenTitle ?? labels.untitled(facts.name);
  const playerHost = new URL(facts.playerUrl(id)).hostname.replace(/^www\./, '');
  // The play button is hidden until the page's script is there to make it work;
  // without it, the link below is the way to the video.
  return (
    `<figure class="video" data-video-provider="${provider}" data-video-id="${escapeHtml(id)}">` +
    `<p>${escapeHtml(title)}<button type="button" class="video__play" aria-label="${escapeHtml(labels.play(title))}" hidden></button></p>` +
    `<figcaption>${escapeHtml(labels.note(facts.name, playerHost))} ` +
    `<a href="${escapeHtml(facts.watchUrl(id))}">${escapeHtml(labels.watch(facts.name))}</a></figcaption>` +
    `</figure>\n`
  );
}

/** The Markdown extension for videos; the facade's fixed text is in the language of the `articleLang` option. */
export const videoEmbeds: MarkedExtension = {
  extensions: [
    {
      name: 'video',
      level: 'block',
      tokenizer(src) {
        const directive = DIRECTIVE.exec(src);
        if (directive) return videoToken(directive[0], directive[2], directive[1].trim() || undefined);
        const alone = ADDRESS_ALONE.exec(src);
        // An address of another site alone in a paragraph is an ordinary link.
        if (!alone || readVideoLink(alone[1]).kind === 'other-site') return undefined;
        return videoToken(alone[0], alone[1], undefined);
      },
      renderer(token) {
        const { link, address, title } = token as VideoToken;
        const lang = this.parser.options.articleLang ?? 'en';
        if (link.kind === 'video') return facadeHtml(link.provider, link.id, title, lang);
        return `<p><a href="${escapeHtml(address)}">${escapeHtml(title ?? address)}</a></p>\n`;
      },
    },
  ],
};

const union = <T>(list: T[] | undefined, more: T[]) => [...new Set([...(list ?? []), ...more])];

/** The sanitizer's allow-list, widened to let the facade through, and nothing more. */
export function allowVideoFacades(options: sanitizeHtml.IOptions): sanitizeHtml.IOptions {
  const { allowedTags, allowedAttributes, allowedClasses } = options;
  if (allowedTags === false || allowedAttributes === false) return options;
  const classes = (tag: string) => (Array.isArray(allowedClasses?.[tag]) ? allowedClasses[tag] : []);
  return {
    ...options,
    allowedTags: union(allowedTags, ['button']),
    allowedAttributes: {
      ...allowedAttributes,
      figure: union(allowedAttributes?.figure, [
        'class',
        { name: 'data-video-provider', values: Object.keys(VIDEO_PROVIDERS) },
        'data-video-id',
      ]),
      button: [{ name: 'type', values: ['button'] }, 'class', 'aria-label', 'hidden'],
    },
    allowedClasses: { ...allowedClasses, figure: union(classes('figure'), ['video']), button: ['video__play'] },
    // The play button's bare `hidden` is whole as it is, not a value left out.
    nonBooleanAttributes: (options.nonBooleanAttributes ?? sanitizeHtml.defaults.nonBooleanAttributes).filter(
      (attribute) => attribute !== 'hidden',
    ),
  };
}
