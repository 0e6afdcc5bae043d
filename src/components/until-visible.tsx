import { type ComponentType, type HTMLAttributes, Suspense, lazy, memo, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';

// Close enough that the code has arrived by the time the part scrolls into view.
const NEAR_THE_SCREEN = '600px 0px';

type Box = { as: 'section' } & HTMLAttributes<HTMLElement>;

type Part = { reveal: () => void; load: () => Promise<unknown> };
const parts: Part[] = [];

/**
 * A part of the page below the first screen (an article's share bar) whose
 * code is not part of the first load. The server renders it with
 * the page, so its text and links are there, and work, before any script
 * runs. In the browser React keeps that HTML as it is until the part comes
 * near the screen, the reader presses Tab or goes to another page, then
 * loads the part's code and takes the HTML over. On the pages the reader
 * goes to afterwards, the part's code loads at once. The part sits in `box`, an element that is
 * always there to be watched.
 *
 * Its props should be plain values: new props before the code has arrived
 * would make React throw the server's HTML away and draw the part again.
 */
export function untilVisible<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  { as: Element, ...boxProps }: Box,
): ComponentType<Props> {
  let reveal = () => {};
  const revealed = new Promise<void>((resolve) => {
    reveal = resolve;
  });
  let loaded: ComponentType<Props> | undefined;
  const loadCode = () =>
    load().then((component) => {
      loaded = component;
      return component;
    });
  const Lazy = lazy(() => revealed.then(loadCode).then((component) => ({ default: component })));
  parts.push({ reveal, load: loadCode });

  function UntilVisible(props: Props) {
    const box = useRef<HTMLElement>(null);
    // On any page but the one the visit began with (React Router's "default"
    // key) the first load is over: the reader went to this page, or moved on
    // while the part waited (also by a new address for the same page, as
    // search writes while typing), and its new props would wait for its code.
    if (useLocation().key !== 'default') reveal();
    useEffect(() => {
      const element = box.current;
      if (!element || typeof IntersectionObserver !== 'function') return reveal();
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          reveal();
          observer.disconnect();
        },
        { rootMargin: NEAR_THE_SCREEN },
      );
      observer.observe(element);
      // A keyboard reader's Tab can jump straight into the part, past buttons
      // that only its code adds: their first Tab anywhere loads it.
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Tab') reveal();
      };
      window.addEventListener('keydown', onKey);
      return () => {
        observer.disconnect();
        window.removeEventListener('keydown', onKey);
      };
    }, []);
    // The server renders the part itself, loaded beforehand by loadPartsForServer,
    // and so does a page shown after the code has arrived. Chosen once: a
    // part that changed from one to the other would be drawn anew.
    const [Content] = useState<ComponentType<Props>>(() => loaded ?? Lazy);
    return (
      <Element ref={box} {...boxProps}>
        <Suspense fallback={null}>
          <Content {...props} />
        </Suspense>
      </Element>
    );
  }
  return memo(UntilVisible) as unknown as ComponentType<Props>;
}

/** The server renders each part with the page: their code is loaded first. */
export async function loadPartsForServer() {
  await Promise.all(parts.map((part) => part.load()));
}
