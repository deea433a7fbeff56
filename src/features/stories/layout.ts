/**
 * The layout maths of a story image, pure so it runs in a worker and in unit tests alike:
 * greedy word wrapping, the largest font size that fits, and blocks stacked inside the safe zone
 * that WhatsApp, Facebook and Instagram leave free of their own buttons and captions.
 */

import { graphemes, wrapText, type Measure } from '../../lib/canvas';

// The canvas text helpers moved to lib/ when the credit statement came to share them.
export { wrapText, type Measure };

export const STORY_WIDTH = 1080;
export const STORY_HEIGHT = 1920;

/** Free space kept at the top (progress bar, name) and bottom (reply field) of a story. */
export const SAFE_ZONE = { top: 250, bottom: 340, side: 80 } as const;

export const SAFE_BOX = {
  x: SAFE_ZONE.side,
  y: SAFE_ZONE.top,
  width: STORY_WIDTH - 2 * SAFE_ZONE.side,
  height: STORY_HEIGHT - SAFE_ZONE.top - SAFE_ZONE.bottom,
} as const;

export const LINE_HEIGHT = 1.18;

export interface FitOptions {
  maxWidth: number;
  maxSize: number;
  minSize: number;
  maxLines: number;
  weight?: number;
}

export interface Fitted {
  size: number;
  lines: string[];
  /** True when even the smallest size needed more lines and the last one was shortened. */
  truncated: boolean;
}

/** The largest size (in 2 px steps) at which the text fits in `maxLines` lines of `maxWidth`. */
export function fitText(measure: Measure, text: string, o: FitOptions): Fitted {
  const weight = o.weight ?? 700;
  for (let size = o.maxSize; size >= o.minSize; size -= 2) {
    const lines = wrapText(measure, text, o.maxWidth, size, weight);
    if (lines.length <= o.maxLines) return { size, lines, truncated: false };
  }
  const size = o.minSize;
  const lines = wrapText(measure, text, o.maxWidth, size, weight);
  const kept = lines.slice(0, o.maxLines);
  const last = kept.length - 1;
  let tail = `${kept[last] ?? ''}…`;
  while (tail.length > 1 && measure(tail, size, weight) > o.maxWidth) {
    const g = graphemes(tail.slice(0, -1));
    g.pop();
    tail = `${g.join('').trimEnd()}…`;
  }
  kept[last] = tail;
  return { size, lines: kept, truncated: true };
}

export interface BlockSpec {
  id: string;
  text: string;
  maxSize: number;
  minSize: number;
  maxLines: number;
  weight?: number;
  /** Space kept above the block, in px at full scale. */
  gapBefore?: number;
  /** Padding inside a pill drawn behind the block (price, label); 0 for none. */
  pad?: number;
  /** Prefer one line down to this size before wrapping (a price reads best whole). */
  oneLineMin?: number;
}

export interface LaidLine {
  text: string;
  /** Baseline-free: the top of the line box, and its centre x. */
  y: number;
  cx: number;
  width: number;
}

export interface LaidBlock {
  id: string;
  size: number;
  weight: number;
  lines: LaidLine[];
  /** The block's box including its pad: where a pill is drawn. */
  box: { x: number; y: number; width: number; height: number };
  truncated: boolean;
}

export interface StoryLayout {
  blocks: LaidBlock[];
  /** The scale applied to every size so the whole stack fits the safe zone (1 = none). */
  scale: number;
}

function blockHeight(size: number, lines: number, pad: number): number {
  return lines * size * LINE_HEIGHT + 2 * pad;
}

function fitBlock(measure: Measure, b: BlockSpec, scale: number, width: number) {
  const pad = Math.round((b.pad ?? 0) * scale);
  const options = {
    maxWidth: width - 2 * pad,
    maxSize: Math.max(b.minSize, Math.floor(b.maxSize * scale)),
    minSize: b.minSize,
    maxLines: b.maxLines,
    weight: b.weight,
  };
  let fitted = fitText(measure, b.text, options);
  if (b.oneLineMin && fitted.lines.length > 1) {
    const minSize = Math.min(
      options.maxSize,
      Math.max(b.minSize, Math.floor(b.oneLineMin * scale)),
    );
    const single = fitText(measure, b.text, { ...options, minSize, maxLines: 1 });
    if (!single.truncated) fitted = single;
  }
  return { ...fitted, pad, gap: Math.round((b.gapBefore ?? 0) * scale) };
}

/**
 * Stacks `top` blocks from the top of the safe zone and `bottom` blocks up from its bottom.
 * When they do not fit together, every size shrinks by the same factor until they do, so the
 * hierarchy (product biggest, then price) stays. `anchor: 'bottom'` sits the top stack just above
 * the bottom one (a photo then shows in the upper part); 'spread' centres it in the free space.
 */
export function layoutStory(
  measure: Measure,
  top: BlockSpec[],
  bottom: BlockSpec[],
  anchor: 'spread' | 'bottom' = 'spread',
  box: { x: number; y: number; width: number; height: number } = SAFE_BOX,
): StoryLayout {
  const stackHeight = (fits: ReturnType<typeof fitBlock>[]) =>
    fits.reduce((h, f, i) => h + (i ? f.gap : 0) + blockHeight(f.size, f.lines.length, f.pad), 0);
  let scale = 1;
  let topFits = top.map((b) => fitBlock(measure, b, scale, box.width));
  let bottomFits = bottom.map((b) => fitBlock(measure, b, scale, box.width));
  const minGap = 40;
  while (stackHeight(topFits) + stackHeight(bottomFits) + minGap > box.height && scale > 0.3) {
    scale *= 0.92;
    topFits = top.map((b) => fitBlock(measure, b, scale, box.width));
    bottomFits = bottom.map((b) => fitBlock(measure, b, scale, box.width));
  }

  const place = (specs: BlockSpec[], fits: typeof topFits, startY: number): LaidBlock[] => {
    let y = startY;
    return fits.map((f, i) => {
      const spec = specs[i] as BlockSpec;
      if (i) y += f.gap;
      const weight = spec.weight ?? 700;
      const widths = f.lines.map((l) => measure(l, f.size, weight));
      const boxWidth = Math.min(box.width, Math.max(0, ...widths) + 2 * f.pad);
      const height = blockHeight(f.size, f.lines.length, f.pad);
      const cx = box.x + box.width / 2;
      const laid: LaidBlock = {
        id: spec.id,
        size: f.size,
        weight,
        truncated: f.truncated,
        box: { x: cx - boxWidth / 2, y, width: boxWidth, height },
        lines: f.lines.map((text, n) => ({
          text,
          y: y + f.pad + n * f.size * LINE_HEIGHT,
          cx,
          width: widths[n] ?? 0,
        })),
      };
      y += height;
      return laid;
    });
  };

  const bottomH = stackHeight(bottomFits);
  const topH = stackHeight(topFits);
  const free = box.height - bottomH - topH;
  const topY = box.y + Math.max(0, anchor === 'bottom' ? free - minGap : (free - minGap) / 2);
  return {
    scale,
    blocks: [
      ...place(top, topFits, topY),
      ...place(bottom, bottomFits, box.y + box.height - bottomH),
    ],
  };
}

/**
 * Lowers the encoding quality step by step until the image is at most `maxBytes`: the seller
 * pays for every byte she sends. Returns the smallest try when none fits.
 */
export async function encodeUnder(
  encode: (quality: number) => Promise<Blob>,
  maxBytes: number,
  qualities: readonly number[] = [0.86, 0.8, 0.72, 0.64, 0.56, 0.48, 0.4, 0.32],
): Promise<{ blob: Blob; quality: number }> {
  let best: { blob: Blob; quality: number } | undefined;
  for (const quality of qualities) {
    const blob = await encode(quality);
    if (!best || blob.size < best.blob.size) best = { blob, quality };
    if (blob.size <= maxBytes) return { blob, quality };
  }
  if (!best) throw new Error('encodeUnder: no quality to try');
  return best;
}

export const MAX_STORY_BYTES = 400_000;

/** Background photos are kept at most this long on their long side. */
export const PHOTO_MAX_SIDE = 1080;

/** The size of an image scaled down (never up) so its long side is at most `max`. */
export function fitWithin(width: number, height: number, max: number) {
  const k = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

/** The part of a `sw`×`sh` photo that covers a `dw`×`dh` frame, centred (CSS object-fit: cover). */
export function coverCrop(sw: number, sh: number, dw: number, dh: number) {
  const k = Math.max(dw / sw, dh / sh);
  const w = dw / k;
  const h = dh / k;
  return { sx: (sw - w) / 2, sy: (sh - h) / 2, sw: w, sh: h };
}
