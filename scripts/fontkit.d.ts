// The part of fontkit (which ships no types) that scripts/make-icons.ts uses.
declare module 'fontkit' {
  type Path = { translate(x: number, y: number): Path; toSVG(): string };
  type Font = {
    layout(text: string): { glyphs: { path: Path }[]; positions: { xAdvance: number }[] };
  };
  export function openSync(file: string, postscriptName?: string): Font;
}
