/**
 * Draws and encodes a story. No React, no Dexie, no DOM beyond a canvas: the same code runs in the
 * worker on an OffscreenCanvas and on the main thread as a fallback. Text arrives already written
 * (and translated) in a StorySpec, so the worker carries no dictionary.
 */
import { font, measureWith, surface, type Ctx2D } from '../../lib/canvas';
import {
  MAX_STORY_BYTES,
  PHOTO_MAX_SIDE,
  SAFE_BOX,
  STORY_HEIGHT,
  STORY_WIDTH,
  coverCrop,
  encodeUnder,
  fitWithin,
  layoutStory,
  type BlockSpec,
  type StoryLayout,
} from './layout';

export interface StorySpec {
  /** The language's direction: Arabic lines are laid out right to left (numbers stay whole). */
  dir?: 'ltr' | 'rtl';
  background: { kind: 'color'; color: string; emoji?: string } | { kind: 'photo' };
  /** The pill at the top: "Arrivage !", "Promotion", "Merci". */
  label: string;
  title: string;
  price?: string;
  note?: string;
  when?: string;
  seller: string;
  phone?: string;
}

/** The blocks of a spec, biggest first in importance; pure, so the safe zone can be tested. */
export function storyBlocks(spec: StorySpec): {
  top: BlockSpec[];
  bottom: BlockSpec[];
  anchor: 'spread' | 'bottom';
} {
  const top: BlockSpec[] = [
    { id: 'label', text: spec.label, maxSize: 64, minSize: 40, maxLines: 1, weight: 800, pad: 26 },
  ];
  if (spec.background.kind === 'color' && spec.background.emoji) {
    top.push({
      id: 'emoji',
      text: spec.background.emoji,
      maxSize: 240,
      minSize: 120,
      maxLines: 1,
      weight: 400,
      gapBefore: 50,
    });
  }
  top.push({
    id: 'title',
    text: spec.title,
    maxSize: 150,
    minSize: 64,
    maxLines: 3,
    weight: 800,
    gapBefore: 40,
  });
  if (spec.price)
    top.push({
      id: 'price',
      text: spec.price,
      maxSize: 110,
      minSize: 56,
      maxLines: 2,
      weight: 800,
      gapBefore: 44,
      pad: 30,
      oneLineMin: 72,
    });
  if (spec.note)
    top.push({ id: 'note', text: spec.note, maxSize: 60, minSize: 40, maxLines: 2, gapBefore: 24 });
  if (spec.when)
    top.push({
      id: 'when',
      text: spec.when,
      maxSize: 66,
      minSize: 40,
      maxLines: 3,
      weight: 700,
      gapBefore: 44,
    });
  const bottom: BlockSpec[] = [
    { id: 'seller', text: spec.seller, maxSize: 66, minSize: 40, maxLines: 2, weight: 800 },
  ];
  if (spec.phone)
    bottom.push({
      id: 'phone',
      text: spec.phone,
      maxSize: 60,
      minSize: 40,
      maxLines: 1,
      weight: 700,
      gapBefore: 8,
    });
  return { top, bottom, anchor: spec.background.kind === 'photo' ? 'bottom' : 'spread' };
}

function roundRect(ctx: Ctx2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fill();
}

const PILL: Record<string, { fill: string; text: string } | undefined> = {
  label: { fill: '#facc15', text: '#1c1917' },
  price: { fill: '#ffffff', text: '#1c1917' },
};

/** Paints the background and the laid-out text; returns the layout for checks and benchmarks. */
export function drawStory(ctx: Ctx2D, spec: StorySpec, photo?: ImageBitmap): StoryLayout {
  const W = STORY_WIDTH;
  const H = STORY_HEIGHT;
  if (spec.background.kind === 'photo' && photo) {
    const c = coverCrop(photo.width, photo.height, W, H);
    ctx.drawImage(photo, c.sx, c.sy, c.sw, c.sh, 0, 0, W, H);
    // Dark veils where text sits, so white letters read on any photo in the sun.
    const topVeil = ctx.createLinearGradient(0, 0, 0, 520);
    topVeil.addColorStop(0, 'rgba(0,0,0,0.45)');
    topVeil.addColorStop(1, 'rgba(0,0,0,0)');
    ctx.fillStyle = topVeil;
    ctx.fillRect(0, 0, W, 520);
    const veil = ctx.createLinearGradient(0, H * 0.3, 0, H);
    veil.addColorStop(0, 'rgba(0,0,0,0)');
    veil.addColorStop(0.35, 'rgba(0,0,0,0.6)');
    veil.addColorStop(1, 'rgba(0,0,0,0.85)');
    ctx.fillStyle = veil;
    ctx.fillRect(0, H * 0.3, W, H * 0.7);
  } else {
    const color = spec.background.kind === 'color' ? spec.background.color : '#9a3412';
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, W, H);
    const glow = ctx.createRadialGradient(W / 2, H * 0.38, 60, W / 2, H * 0.38, W);
    glow.addColorStop(0, 'rgba(255,255,255,0.22)');
    glow.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = glow;
    ctx.fillRect(0, 0, W, H);
    const shade = ctx.createLinearGradient(0, H * 0.6, 0, H);
    shade.addColorStop(0, 'rgba(0,0,0,0)');
    shade.addColorStop(1, 'rgba(0,0,0,0.35)');
    ctx.fillStyle = shade;
    ctx.fillRect(0, H * 0.6, W, H * 0.4);
  }

  // Before measuring: the bidi order of a mixed line ("1,500 FCFA لكل كومة") follows it.
  ctx.direction = spec.dir ?? 'ltr';
  const { top, bottom, anchor } = storyBlocks(spec);
  const layout = layoutStory(measureWith(ctx), top, bottom, anchor, SAFE_BOX);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const block of layout.blocks) {
    const pill = PILL[block.id];
    if (pill) {
      ctx.shadowColor = 'transparent';
      ctx.fillStyle = pill.fill;
      roundRect(ctx, block.box.x, block.box.y, block.box.width, block.box.height, 28);
    }
    ctx.font = font(block.size, block.weight);
    // The price takes the background's colour, so the white pill reads as part of the card.
    ctx.fillStyle =
      block.id === 'price' && spec.background.kind === 'color'
        ? spec.background.color
        : (pill?.text ?? '#ffffff');
    ctx.shadowColor = pill ? 'transparent' : 'rgba(0,0,0,0.55)';
    ctx.shadowBlur = pill ? 0 : 14;
    ctx.shadowOffsetY = pill ? 0 : 3;
    const lineBox = block.size * 1.18;
    for (const line of block.lines) ctx.fillText(line.text, line.cx, line.y + lineBox / 2);
  }
  ctx.shadowColor = 'transparent';
  return layout;
}

export interface RenderedStory {
  blob: Blob;
  quality: number;
  width: number;
  height: number;
}

/** Draws the story and encodes a JPEG of at most 400 KB. */
export async function renderStoryBlob(spec: StorySpec, photo?: Blob): Promise<RenderedStory> {
  const bitmap = photo && spec.background.kind === 'photo' ? await createImageBitmap(photo) : null;
  try {
    const s = surface(STORY_WIDTH, STORY_HEIGHT);
    drawStory(s.ctx, spec, bitmap ?? undefined);
    const { blob, quality } = await encodeUnder((q) => s.encode('image/jpeg', q), MAX_STORY_BYTES);
    return { blob, quality, width: STORY_WIDTH, height: STORY_HEIGHT };
  } finally {
    bitmap?.close();
  }
}

/** A camera photo (often 3–12 MP) made small: long side ≤ 1080 px, JPEG 0.8, a few 100 KB. */
export async function downscalePhoto(file: Blob): Promise<RenderedStory> {
  const bitmap = await createImageBitmap(file);
  try {
    const size = fitWithin(bitmap.width, bitmap.height, PHOTO_MAX_SIDE);
    const s = surface(size.width, size.height);
    s.ctx.imageSmoothingQuality = 'high';
    s.ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await s.encode('image/jpeg', 0.8);
    return { blob, quality: 0.8, ...size };
  } finally {
    bitmap.close();
  }
}
