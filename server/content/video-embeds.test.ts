import { describe, expect, it } from 'vitest';
import { bodyPlainText, renderBody } from './render-body.ts';

const YOUTUBE_ID = 'M7lc1UVf-VE';

/** Every address the browser would fetch by itself on showing the HTML: src, srcset, poster, data. */
const fetchedAddresses = (html: string) =>
  [...html.matchAll(/\s(?:src|srcset|poster|data|background)="([^"]*)"/g)].map(([, address]) => address);

describe('a video in an article body', () => {
  it.each([
    ['YouTube', `https://www.youtube.com/watch?v=${YOUTUBE_ID}`, 'youtube', YOUTUBE_ID, 'youtube-nocookie.com'],
    ['YouTube', `https://youtu.be/${YOUTUBE_ID}`, 'youtube', YOUTUBE_ID, 'youtube-nocookie.com'],
    ['Vimeo', 'https://vimeo.com/76979871', 'vimeo', '76979871', 'player.vimeo.com'],
    ['Bilibili', 'https://www.bilibili.com/video/BV1GJ411x7h7/?p=1', 'bilibili', 'BV1GJ411x7h7', 'player.bilibili.com'],
  ])('written as a %s address alone in a paragraph becomes a facade', (name, address, provider, id, playerHost) => {
    const { html, problems } = renderBody(`Before.\n\n${address}\n\nAfter.`);
    expect(problems).toEqual([]);
    const figure = html.match(/<figure[^]*<\/figure>/)![0];
    expect(figure).toContain(`<figure class="video" data-video-provider="${provider}" data-video-id="${id}">`);
    expect(figure).toContain(
      `<button type="button" class="video__play" aria-label="Play video: ${name} video" hidden></button>`,
    );
    expect(figure).toContain(`Video on ${name} — plays from ${playerHost} when you press play.`);
    // The way to the video without JavaScript: a real link to it on its service.
    expect(figure).toMatch(new RegExp(`<a href="https://[^"]*${id}[^"]*" rel="noopener noreferrer">Watch on ${name}</a>`));
    expect(fetchedAddresses(html)).toEqual([]);
  });

  it('takes its title from the directive, in the poster and in the play button', () => {
    const { html, problems } = renderBody(
      `::video[Keynote: "Things" & people](https://www.youtube.com/watch?v=${YOUTUBE_ID})`,
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<p>Keynote: "Things" &amp; people<button');
    expect(html).toContain('aria-label="Play video: Keynote: &quot;Things&quot; &amp; people"');
    expect(bodyPlainText(html)).toBe(
      'Keynote: "Things" & people\nVideo on YouTube — plays from youtube-nocookie.com when you press play. Watch on YouTube',
    );
  });

  it("speaks the article's language", () => {
    const { html } = renderBody(`::video[物联网大会开幕](https://www.bilibili.com/video/BV1GJ411x7h7)`, {
      articleLang: 'zh',
    });
    expect(html).toContain('aria-label="播放视频：物联网大会开幕"');
    expect(html).toContain('Bilibili 视频，按下播放后才从 player.bilibili.com 加载。');
    expect(html).toContain('>在 Bilibili 观看</a>');
  });

  it('stays an ordinary link inside a sentence or with text on the next line', () => {
    const inSentence = renderBody(`Watch https://youtu.be/${YOUTUBE_ID} now.`);
    const withNextLine = renderBody(`https://youtu.be/${YOUTUBE_ID}\nthe opening talk`);
    for (const { html, problems } of [inSentence, withNextLine]) {
      expect(html).not.toContain('<figure');
      expect(html).toContain(`<a href="https://youtu.be/${YOUTUBE_ID}"`);
      expect(problems).toEqual([]);
    }
  });

  it('leaves the address of any other site alone in its paragraph as a link, without a word', () => {
    expect(renderBody('https://wiotc.org/2024/programme')).toEqual({
      html: '<p><a href="https://wiotc.org/2024/programme" rel="noopener noreferrer">https://wiotc.org/2024/programme</a></p>',
      problems: [],
    });
  });

  it.each([
    ['an ID of the wrong length', 'https://youtu.be/M7lc1UVf-V', 'does not name one YouTube video'],
    ['markup in the ID', 'https://www.youtube.com/watch?v=M7lc1"onload=x', 'does not name one YouTube video'],
    ['a channel instead of a video', 'https://vimeo.com/channels/staffpicks', 'does not name one Vimeo video'],
    ['an old av number', 'https://www.bilibili.com/video/av170001', 'does not name one Bilibili video'],
    ['a short link', 'https://b23.tv/abc123', 'open a b23.tv short link'],
  ])('is refused for %s: a plain link and a warning', (_, address, warning) => {
    const { html, problems } = renderBody(`Intro.\n\n${address}`);
    expect(html).not.toContain('<figure');
    expect(html).not.toContain('data-video');
    expect(html).toContain('<a href="https://');
    expect(problems).toEqual([{ line: 3, message: expect.stringContaining(warning) }]);
  });

  it('is refused from a service not on the list, in the directive: a plain link and a warning', () => {
    const { html, problems } = renderBody('::video[The keynote](https://v.youku.com/v_show/id_XNDM.html)');
    expect(html).toBe(
      '<p><a href="https://v.youku.com/v_show/id_XNDM.html" rel="noopener noreferrer">The keynote</a></p>',
    );
    expect(problems).toEqual([
      {
        line: 1,
        message:
          '"https://v.youku.com/v_show/id_XNDM.html" is not a YouTube, Vimeo or Bilibili video, so it is shown as a plain link',
      },
    ]);
  });

  it('cannot be imitated by hand with another provider, class or script', () => {
    const { html } = renderBody(
      '<figure class="video other" data-video-provider="example" data-video-id="1" data-evil="1">' +
        '<button type="submit" class="video__play big" onclick="alert(1)">x</button></figure>',
    );
    expect(html).not.toMatch(/example|data-evil|other|big|submit|onclick/);
  });
});
