import { act, fireEvent, render, screen } from '@testing-library/react';
import { type ComponentType, type ReactNode, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { Link, MemoryRouter, RouterProvider, createMemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPartsForServer, untilVisible } from './until-visible.tsx';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        {label}: {count}
      </button>
      <a href={`/web?label=${label}`}>{label} on the web</a>
    </>
  );
}

const BOX = { as: 'section', id: 'part', 'aria-label': 'Part' } as const;

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

// Lets the part's code arrive and React draw it.
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

const scrollNear = async () => {
  for (const { callback, elements } of watching) {
    const entries = elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    callback(entries, {} as IntersectionObserver);
  }
  await settle();
};

/** The page as the server sent it, with the part's code loaded there, in a root the test hydrates. */
async function serverPage(page: (part: ReactNode) => ReactNode) {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  const OnServer = untilVisible(async () => Counter, BOX);
  await loadPartsForServer();
  const root = document.createElement('div');
  root.innerHTML = renderToString(<MemoryRouter>{page(<OnServer label="Copy" />)}</MemoryRouter>);
  document.body.append(root);
  return root;
}

/** The browser taking the server's page over, with its own part. */
async function hydrate(root: HTMLElement, Part: ComponentType<{ label: string }>) {
  await act(async () => {
    hydrateRoot(
      root,
      <MemoryRouter>
        <Part label="Copy" />
      </MemoryRouter>,
    );
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  watching = [];
  document.body.innerHTML = '';
});

describe('a part of the page that waits until it is near the screen', () => {
  it('keeps the server’s HTML, without its code, until the reader scrolls near it; then it works', async () => {
    const root = await serverPage((part) => part);
    const load = vi.fn(async () => Counter);
    const InBrowser = untilVisible(load, BOX);
    await hydrate(root, InBrowser);
    const serverButton = screen.getByRole('button', { name: 'Copy: 0' });
    fireEvent.click(serverButton);
    expect(serverButton).toHaveTextContent('Copy: 0');
    expect(load).not.toHaveBeenCalled();

    await scrollNear();
    expect(load).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Copy: 0' }));
    expect(screen.getByRole('button', { name: 'Copy: 1' })).toBeVisible();
  });

  it('keeps focus on the link it was on in the server’s HTML when the part is drawn', async () => {
    const root = await serverPage((part) => part);
    const InBrowser = untilVisible(async () => Counter, BOX);
    await hydrate(root, InBrowser);
    const serverLink = screen.getByRole('link', { name: 'Copy on the web' });
    serverLink.focus();
    await scrollNear();
    expect(serverLink).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Copy on the web' })).toHaveFocus();
  });

  it('keeps the server’s HTML when its code cannot be loaded', async () => {
    const root = await serverPage((part) => part);
    // Fails once, as a reader going offline would see it.
    const InBrowser = untilVisible(vi.fn(async () => Counter).mockRejectedValueOnce(new Error('offline')), BOX);
    await hydrate(root, InBrowser);
    await scrollNear();
    expect(screen.getByRole('region', { name: 'Part' })).toHaveTextContent('Copy: 0');
  });

  it('never holds up a navigation, even while its code is still on the way', async () => {
    const root = await serverPage((part) => (
      <>
        <Link to="/next">Next</Link>
        {part}
      </>
    ));
    // Code that never arrives.
    const InBrowser = untilVisible(() => new Promise<typeof Counter>(() => {}), BOX);
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <>
            <Link to="/next">Next</Link>
            <InBrowser label="Copy" />
          </>
        ),
      },
      { path: '/next', element: <h1>Next page</h1> },
    ]);
    await act(async () => {
      hydrateRoot(root, <RouterProvider router={router} />);
    });
    fireEvent.click(screen.getByRole('link', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Next page' })).toBeVisible();
    router.dispose();
  });

  it('on a page the reader goes to afterwards, loads its code at once', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const load = vi.fn(async () => Counter);
    const Part = untilVisible(load, BOX);
    const router = createMemoryRouter([
      { path: '/', element: <Link to="/article">Article</Link> },
      { path: '/article', element: <Part label="Share" /> },
    ]);
    render(<RouterProvider router={router} />);
    fireEvent.click(screen.getByRole('link', { name: 'Article' }));
    expect(await screen.findByRole('button', { name: 'Share: 0' })).toBeVisible();
    expect(load).toHaveBeenCalledOnce();
    router.dispose();
  });
});
