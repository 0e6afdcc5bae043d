import { Lexer, type Tokens, walkTokens } from 'marked';
import { type Figure, figureHtml } from './figure-html.ts';
import type { ImageProcessor } from './image-processor.ts';
import { locateImage } from './locate-image.ts';
import type { ProcessedImage } from './processed-image.ts';

// An image in the body is a paragraph of its own, written in plain Markdown
// with the caption as its title, and the credit, if any, on the next line:
//
//   ![Delegates at the opening ceremony](../../images/opening.jpg "The opening ceremony in Beijing")
//   Credit: Li Wei / WIOTC
//
// Anywhere else (inside a sentence, a list or a link) an image is a mistake.

const CREDIT_LINE = /^[ \t]*\n[ \t]*credit[ \t]*[:：][ \t]*(\S[^]*?)\s*$/i;

/** The image a paragraph holds, when it holds an image and nothing else but its credit line. */
export function readFigure(paragraph: Tokens.Paragraph): Figure | undefined {
  const [image] = paragraph.tokens;
  const text = paragraph.text.trimStart();
  if (image?.type !== 'image' || !text.startsWith(image.raw)) return undefined;
  const rest = text.slice(image.raw.length);
  const credit = CREDIT_LINE.exec(rest)?.[1].replace(/\s+/g, ' ');
  if (rest.trim() !== '' && credit === undefined) return undefined;
  const caption = (image as Tokens.Image).title?.trim();
  return { reference: image.href, alt: image.text.trim(), caption: caption || undefined, credit };
}

/** Every image of a body, in order, each with its line in the body (1 = the body's first) and its figure if it is one. */
function findImages(body: string) {
  const source = body.replace(/\r\n?/g, '\n');
  const figures = new Map<Tokens.Image, Figure>();
  const found: { image: Tokens.Image; figure?: Figure; line?: number }[] = [];
  let cursor = 0;
  walkTokens(Lexer.lex(source, { gfm: true }), (token) => {
    if (token.type === 'paragraph') {
      const figure = readFigure(token as Tokens.Paragraph);
      if (figure) figures.set(token.tokens![0] as Tokens.Image, figure);
    }
    if (token.type !== 'image') return;
    const image = token as Tokens.Image;
    const at = source.indexOf(image.raw, cursor);
    if (at >= 0) cursor = at + image.raw.length;
    const line = at >= 0 ? source.slice(0, at).split('\n').length : undefined;
    found.push({ image, figure: figures.get(image), line });
  });
  return found;
}

export type BodyImages = {
  /** The figure that stands for a paragraph, for renderBodyHtml(); undefined for any other paragraph. */
  figureFor: (paragraph: Tokens.Paragraph) => string | undefined;
  /** The images shown, for the media table. */
  images: ProcessedImage[];
};

/**
 * Finds, checks and processes the images of an article's body. Each problem
 * goes to `report` with its line in the file (`firstLine` is the file line of
 * the body's first line).
 */
export async function loadBodyImages(
  body: string,
  { contentDir, articleDir, firstLine }: { contentDir: string; articleDir: string; firstLine: number },
  processor: ImageProcessor,
  report: (message: string) => void,
): Promise<BodyImages> {
  const loaded = new Map<string, ProcessedImage>();
  for (const { image, figure, line } of findImages(body)) {
    const at = line === undefined ? '' : `line ${line + firstLine - 1}: `;
    if (!figure) {
      report(`${at}put the image ${image.href} in a paragraph of its own, with an empty line before and after it`);
      continue;
    }
    if (figure.alt === '') {
      report(`${at}the image ${image.href} has no alt text: say what it shows between the brackets, ![Like this](…)`);
    }
    if (loaded.has(figure.reference)) continue;
    const located = locateImage(contentDir, articleDir, figure.reference, 'the image');
    const result = located.ok ? await processor.load(located.image) : located;
    if (result.ok) loaded.set(figure.reference, result.image);
    else report(`${at}${result.message}`);
  }
  return {
    figureFor(paragraph) {
      const figure = readFigure(paragraph);
      const image = figure && loaded.get(figure.reference);
      return figure && image && figureHtml(figure, image);
    },
    images: [...new Set(loaded.values())],
  };
}
