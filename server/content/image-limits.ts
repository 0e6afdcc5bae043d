// The largest image the import takes, cover or body. A full-size photo from a
// camera or a phone fits; anything larger is a scan or a panorama that would
// only slow every import and reader down, and is better made smaller first.
export const IMAGE_LIMITS = {
  bytes: 15 * 1024 * 1024,
  /** Pixels on the longer side. */
  side: 8000,
  /** Width × height. */
  pixels: 40_000_000,
};

const MB = 1024 * 1024;
// Rounded up, so that a file just over the limit never reads as the limit itself.
const megabytes = (bytes: number) => `${String(Math.ceil((bytes / MB) * 10) / 10)} MB`;

/** Why a file of this many bytes is refused, or undefined when it is not. */
export function fileSizeProblem(bytes: number): string | undefined {
  if (bytes <= IMAGE_LIMITS.bytes) return undefined;
  return `is ${megabytes(bytes)}, over the limit of ${megabytes(IMAGE_LIMITS.bytes)} for an image: make it smaller`;
}

/** Why an image of this size in pixels is refused, or undefined when it is not. */
export function dimensionProblem(width: number, height: number): string | undefined {
  const { side, pixels } = IMAGE_LIMITS;
  if (Math.max(width, height) <= side && width * height <= pixels) return undefined;
  return (
    `is ${width} × ${height} pixels, over the limit for an image of ${side} pixels on a side and ` +
    `${pixels / 1_000_000} megapixels: make it smaller`
  );
}
