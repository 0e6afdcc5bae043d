import { act, fireEvent, render, screen } from '@testing-library/react';
import { type ComponentType, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { Link, MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPartsForServer, untilVisible } from './until-visible.tsx';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      {label}: {count}
    </button>
  );
}

// An IntersectionObserver the test moves: `scrollNear` brings the watched boxes near the screen.
let watching: { callback: IntersectionObserverCallback; elements: Element[] }[] = [];
class FakeIntersectionObserver {
  private readonly entry: (typeof watching)[number];
  constructor(callback: IntersectionObserverCallback) {
    this.entry = { callback, elements: [] };
    watching.push(this.entry);
  }
  observe(element: Element) {
    this.entry.elements.push(element);
  }
  disconnect() {
    watching = watching.filter((entry) => entry !== this.entry);
  }
}
// Inside act until the part's code has arrived and React has taken its HTML over.
const scrollNear = () =>
  act(async () => {
    for (const { callback, elements } of watching) {
      const entries = elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
      callback(entries, {} as IntersectionObserver);
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

afterEach(() => {
  vi.unstubAllGlobals();
  watching = [];
  document.body.innerHTML = '';
});

describe('a part of the page that waits until it is near the screen', () => {
  it('keeps the server’s HTML, without its code, until the reader scrolls near it; then it works', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const box = { as: 'section', 'aria-label': 'Part' } as const;
    // The server's part, loaded before it renders, as renderPage does.
    const OnServer = untilVisible(async () => Counter, box);
    await loadPartsForServer();
    // The browser's: its code not loaded yet.
    const load = vi.fn(async () => Counter);
    const InBrowser = untilVisible(load, box);
    const root = document.createElement('div');
    root.innerHTML = renderToString(
      <MemoryRouter>
        <OnServer label="Copy" />
      </MemoryRouter>,
    );
    document.body.append(root);

    await act(async () => {
      hydrateRoot(
        root,
        <MemoryRouter>
          <InBrowser label="Copy" />
        </MemoryRouter>,
      );
    });
    const button = screen.getByRole('button', { name: 'Copy: 0' });
    expect(load).not.toHaveBeenCalled();
    act(() => button.click());
    expect(button).toHaveTextContent('Copy: 0');

    await scrollNear();
    expect(load).toHaveBeenCalledOnce();
    // The same button, taken over rather than drawn again.
    act(() => button.click());
    expect(button).toHaveTextContent('Copy: 1');
    expect(button).toBeInTheDocument();
  });

  it('loads its code at once when the reader goes to another page, without waiting to be seen', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const box = { as: 'section', 'aria-label': 'Part' } as const;
    const page = (Part: ComponentType<{ label: string }>) => (
      <MemoryRouter>
        <Link to="/next">Next</Link>
        <Routes>
          <Route path="*" element={<Part label="Share" />} />
        </Routes>
      </MemoryRouter>
    );
    const OnServer = untilVisible(async () => Counter, box);
    await loadPartsForServer();
    const load = vi.fn(async () => Counter);
    const InBrowser = untilVisible(load, box);
    const root = document.createElement('div');
    root.innerHTML = renderToString(page(OnServer));
    document.body.append(root);
    await act(async () => {
      hydrateRoot(root, page(InBrowser));
    });
    expect(load).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('link', { name: 'Next' }));
    // Until the part's code has arrived.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(load).toHaveBeenCalledOnce();
    expect(await screen.findByRole('button', { name: 'Share: 0' })).toBeVisible();
  });

  it('on a page the reader goes to afterwards, loads its code at once', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const load = vi.fn(async () => Counter);
    const Part = untilVisible(load, { as: 'section', 'aria-label': 'Part' });
    render(
      <MemoryRouter>
        <Routes>
          <Route path="/" element={<Link to="/article">Article</Link>} />
          <Route path="/article" element={<Part label="Share" />} />
        </Routes>
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Article' }));
    expect(await screen.findByRole('button', { name: 'Share: 0' })).toBeVisible();
    expect(load).toHaveBeenCalledOnce();
  });
});
