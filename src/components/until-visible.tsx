import { type ComponentType, type HTMLAttributes, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';

// Close enough that the code has arrived by the time the part scrolls into view.
const NEAR_THE_SCREEN = '600px 0px';

type Box = { as: 'section'; id: string } & HTMLAttributes<HTMLElement>;
type PlainProps = Record<string, string | number | boolean | undefined>;

const loadersForServer: (() => Promise<unknown>)[] = [];

const sameProps = (a: PlainProps, b: PlainProps) =>
  Object.keys({ ...a, ...b }).every((name) => Object.is(a[name], b[name]));

/**
 * A part of the page below the first screen (an article's share bar) whose
 * code is not part of the first load. The server renders it with the page,
 * so its text and links are there, and work, before any script runs. The
 * browser keeps that HTML as it is, React leaving it alone, until the part
 * comes near the screen, the reader presses Tab or goes to another page;
 * then it loads the part's code and draws the part. On the pages the reader
 * goes to afterwards, the part's code loads at once.
 *
 * The part sits in `box`, an element that is always there to be watched; its
 * `id` finds the server's HTML. Should the code fail to load (offline, or a
 * new version of the site since the page was opened), the HTML stays.
 */
export function untilVisible<Props extends PlainProps>(
  load: () => Promise<ComponentType<Props>>,
  { as: Element, id, ...boxProps }: Box,
): ComponentType<Props> {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const loadCode = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // the next reveal tries again
        throw error;
      },
    ));
  loadersForServer.push(loadCode);
  // Set once the part has been on a page: any later one is drawn by the browser.
  let shownBefore = false;

  return function UntilVisible(props: Props) {
    const box = useRef<HTMLElement>(null);
    // "default" is React Router's key for the page the visit began with.
    const firstPage = useLocation().key === 'default';
    const [Content, setContent] = useState(() => loaded);
    // The server's HTML, on the page the visit began with.
    const [serverHtml] = useState(() =>
      !loaded && firstPage && typeof document !== 'undefined' ? document.getElementById(id)?.innerHTML : undefined,
    );
    const [firstProps] = useState(props);
    const [drawnLater] = useState(() => shownBefore);
    // On another page (or back on the first one), or with other props (new
    // data), the server's HTML is out of date and the first load over: the
    // code loads now.
    const moved = drawnLater || !firstPage || !sameProps(props, firstProps);

    useEffect(() => {
      shownBefore = true;
    }, []);

    // The link of the server's HTML that has focus when the part is drawn (its
    // buttons come only with its code): its drawn twin takes focus over.
    const focusedLink = useRef<string>(undefined);

    useEffect(() => {
      if (Content) return;
      let gone = false;
      const draw = (component: ComponentType<Props>) => {
        if (gone) return;
        const active = document.activeElement;
        if (active && box.current?.contains(active)) focusedLink.current = active.getAttribute('href') ?? undefined;
        setContent(() => component);
      };
      const show = () => void loadCode().then(draw, () => undefined);
      if (moved || typeof IntersectionObserver !== 'function') {
        show();
        return () => {
          gone = true;
        };
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) show();
        },
        { rootMargin: NEAR_THE_SCREEN },
      );
      if (box.current) observer.observe(box.current);
      // A keyboard reader's Tab can jump straight into the part, past buttons
      // that only its code adds: their first Tab anywhere loads it.
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Tab') show();
      };
      window.addEventListener('keydown', onKey);
      return () => {
        gone = true;
        observer.disconnect();
        window.removeEventListener('keydown', onKey);
      };
    }, [Content, moved]);

    useLayoutEffect(() => {
      const href = focusedLink.current;
      focusedLink.current = undefined;
      if (Content && href) box.current?.querySelector<HTMLElement>(`a[href="${CSS.escape(href)}"]`)?.focus();
    }, [Content]);

    if (Content) {
      return (
        <Element ref={box} id={id} {...boxProps}>
          <Content {...props} />
        </Element>
      );
    }
    // Not a React tree until the code arrives, so no update of the page (a
    // navigation starting, new data) ever waits for it.
    const html = moved ? '' : (serverHtml ?? '');
    return <Element ref={box} id={id} {...boxProps} dangerouslySetInnerHTML={{ __html: html }} />;
  };
}

/** The server renders each part with the page: their code is loaded first. */
export async function loadPartsForServer() {
  await Promise.all(loadersForServer.map((loadCode) => loadCode()));
}
