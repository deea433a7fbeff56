/**
 * Drawing text on a canvas, for the images the app makes (Status images, the credit statement):
 * no React, no Dexie, no DOM beyond a canvas, so it runs in a worker on an OffscreenCanvas and on
 * the main thread as a fallback. System fonts only: it works offline.
 */

/** System fonts only (Roboto / Noto on Android), colour emoji fonts after them. */
export const FONT_STACK =
  "system-ui, Roboto, 'Noto Sans', 'Segoe UI', 'Helvetica Neue', Arial, sans-serif, 'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji'";

export const font = (size: number, weight: number) => `${weight} ${size}px ${FONT_STACK}`;

export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Width in px of `text` drawn at `size` px with `weight`; a canvas' measureText in the app. */
export type Measure = (text: string, size: number, weight: number) => number;

export function measureWith(ctx: Ctx2D): Measure {
  return (text, size, weight) => {
    ctx.font = font(size, weight);
    return ctx.measureText(text).width;
  };
}

export const graphemes = (s: string): string[] => {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Seg) return [...s];
  return Array.from(new Seg('fr', { granularity: 'grapheme' }).segment(s), (x) => x.segment);
};

/**
 * Greedy wrapping on ordinary spaces only, so "1 500 FCFA" (non-breaking spaces from
 * Intl.NumberFormat) never splits. A word wider than the line is cut between graphemes, so an
 * accent or an emoji is never cut in half.
 */
export function wrapText(
  measure: Measure,
  text: string,
  maxWidth: number,
  size: number,
  weight = 700,
): string[] {
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s, size, weight) <= maxWidth;
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (fits(word)) {
      line = word;
      continue;
    }
    for (const g of graphemes(word)) {
      if (line && !fits(line + g)) {
        lines.push(line);
        line = '';
      }
      line += g;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The text cut to `maxWidth`, with "…" where it was cut (between graphemes). */
export function ellipsize(
  measure: Measure,
  text: string,
  maxWidth: number,
  size: number,
  weight = 400,
): string {
  if (measure(text, size, weight) <= maxWidth) return text;
  const g = graphemes(text);
  while (g.length > 0 && measure(`${g.join('').trimEnd()}…`, size, weight) > maxWidth) g.pop();
  return `${g.join('').trimEnd()}…`;
}

export interface Surface {
  ctx: Ctx2D;
  encode: (type: string, quality?: number) => Promise<Blob>;
}

/** An OffscreenCanvas where there is one (worker or main thread), else a <canvas>. */
export function surface(width: number, height: number): Surface {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (ctx) return { ctx, encode: (type, quality) => canvas.convertToBlob({ type, quality }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  return {
    ctx,
    encode: (type, quality) =>
      new Promise((ok, fail) =>
        canvas.toBlob((b) => (b ? ok(b) : fail(new Error('toBlob failed'))), type, quality),
      ),
  };
}
