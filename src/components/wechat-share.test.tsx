import { screen, waitFor, within } from '@testing-library/react';
import jsQR from 'jsqr';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../test/render-route.tsx';

/**
 * Draws the QR code's SVG (src/lib/qr-code.ts: a path of one-module-high horizontal
 * strokes: "M x y.5 h n m dx dy ...") into an RGBA bitmap, the way a screen
 * would show it, so that jsQR reads it like a phone's camera.
 */
function rasterize(svg: string, scale = 4) {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const path = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)![1];
  const dark = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MmHh])([^MmHh]*)/g)) {
    const [first, second] = args
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (command === 'M') [x, y] = [first, second];
    else if (command === 'm') [x, y] = [x + first, y + second];
    else {
      const length = command === 'h' ? first : first - x;
      for (let step = 0; step < length; step += 1) dark.add(`${x + step},${Math.floor(y)}`);
      x += length;
    }
  }
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let row = 0; row < width; row += 1) {
    for (let column = 0; column < width; column += 1) {
      const value = dark.has(`${Math.floor(column / scale)},${Math.floor(row / scale)}`) ? 0 : 255;
      pixels.set([value, value, value, 255], (row * width + column) * 4);
    }
  }
  return { pixels, width };
}

async function openWechat(url: string, button: string) {
  const { user } = renderRoute(url);
  const bar = await screen.findByRole('region', { name: /Share this article|分享本文/ });
  const toggle = within(bar).getByRole('button', { name: button });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  return { user, bar, toggle };
}

describe('sharing on WeChat', () => {
  it('shows a QR code that a phone reads as the article’s canonical URL, with the URL below it', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
    const { bar, toggle } = await openWechat('/zh/news/convention-2023-opens-in-beijing?utm_source=wechat', '微信');
    const canonical = `${window.location.origin}/zh/news/convention-2023-opens-in-beijing`;
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = within(bar).getByRole('group', { name: '分享到微信' });
    expect(within(panel).getByText('用微信扫描二维码打开本文，再从微信分享给朋友。')).toBeVisible();
    expect(within(panel).getByText(canonical)).toBeVisible();

    const code = await within(panel).findByRole('img', { name: '本文链接的二维码' });
    const src = code.getAttribute('src')!;
    expect(src).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    // The CSP allows no style attributes.
    expect(svg).not.toMatch(/style/i);
    const { pixels, width } = rasterize(svg);
    expect(jsQR(pixels, width, width)?.data).toBe(canonical);
    // Around the code, the quiet zone that scanners need: four light modules (of 4 px here).
    const margin = 4 * 4;
    const inMargin = (index: number) => {
      const [row, column] = [Math.floor(index / width), index % width];
      return Math.min(row, column) < margin || Math.max(row, column) >= width - margin;
    };
    const darkInMargin = Array.from({ length: width * width }, (_, index) => index).filter(
      (index) => inMargin(index) && pixels[index * 4] === 0,
    );
    expect(darkInMargin).toHaveLength(0);
  });

  it('closes with its Close button or Escape, giving the focus back', async () => {
    const { user, bar, toggle } = await openWechat('/news/hospitals-plan-connected-wards', 'WeChat');
    const panel = within(bar).getByRole('group', { name: 'Share on WeChat' });
    await within(panel).findByRole('img', { name: 'QR code of the link to this article' });
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Share on WeChat' })).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(await within(bar).findByRole('img', { name: 'QR code of the link to this article' })).toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
    expect(toggle).toHaveFocus();
  });
});
