import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

// The folders of content/ that images are read from; nothing else is, so an
// article cannot publish any other file of the machine.
const IMAGE_FOLDERS = ['images', 'covers'];

/** An image file inside content/: where it is, and its name there (images/hall.jpg). */
export type LocatedImage = { file: string; name: string; folder: string };

const isInside = (folder: string, file: string) => file.startsWith(folder + path.sep);

function decoded(reference: string): string {
  try {
    return decodeURIComponent(reference);
  } catch {
    return reference;
  }
}

/**
 * The file an image reference names, relative to `fromDir` (the article's or
 * the covers folder), or to content/ when it starts with "/". `what` begins
 * the message when the file does not exist ("the image", "the cover file").
 */
export function locateImage(
  contentDir: string,
  fromDir: string,
  reference: string,
  what: string,
): { ok: true; image: LocatedImage } | { ok: false; message: string } {
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(reference)) {
    return { ok: false, message: `${reference} is not a file of the portal: put the image in content/images/ and name it from there` };
  }
  const root = path.resolve(contentDir);
  const file = reference.startsWith('/') ? path.join(root, decoded(reference)) : path.resolve(fromDir, decoded(reference));
  const name = path.relative(root, file).split(path.sep).join('/');
  const folder = name.split('/')[0];
  const outside = { ok: false, message: `${reference} is not inside content/images/ or content/covers/, where images must be` } as const;
  if (!IMAGE_FOLDERS.includes(folder) || !isInside(path.join(root, folder), file)) return outside;
  if (!existsSync(file) || !statSync(file).isFile()) return { ok: false, message: `${what} ${name} does not exist` };
  // A link inside the folder may still lead out of it.
  if (!isInside(realpathSync(path.join(root, folder)), realpathSync(file))) return outside;
  return { ok: true, image: { file, name, folder } };
}
