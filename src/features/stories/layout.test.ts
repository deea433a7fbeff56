import { describe, expect, it } from 'vitest';
import {
  SAFE_BOX,
  SAFE_ZONE,
  STORY_HEIGHT,
  STORY_WIDTH,
  coverCrop,
  encodeUnder,
  fitText,
  fitWithin,
  layoutStory,
  wrapText,
  type Measure,
} from './layout';
import { storyBlocks, type StorySpec } from './render';

/** A monospace stand-in for canvas measureText: every grapheme is 0.5 em wide. */
const mono: Measure = (text, size) => {
  const n = Array.from(new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(text)).length;
  return n * size * 0.5;
};

describe('wrapText', () => {
  it('breaks between words, filling each line as far as it fits', () => {
    // 10 px per character at size 20: 100 px hold 10 characters.
    expect(wrapText(mono, 'Piment frais du jardin', 100, 20)).toEqual([
      'Piment',
      'frais du',
      'jardin',
    ]);
    expect(wrapText(mono, 'Piment frais', 1000, 20)).toEqual(['Piment frais']);
  });

  it('never splits a price at its non-breaking spaces', () => {
    const price = '1\u202f500\u00a0FCFA le tas';
    expect(wrapText(mono, price, 100, 20)).toEqual(['1\u202f500\u00a0FCFA', 'le tas']);
  });

  it('cuts a word too long for a line between graphemes, keeping accents and emoji whole', () => {
    const lines = wrapText(mono, 'Éléonoreééé🌶️🌶️', 60, 20);
    expect(lines).toEqual(['Éléono', 'reééé🌶️', '🌶️']);
    expect(lines.join('')).toBe('Éléonoreééé🌶️🌶️');
    for (const l of lines) expect(mono(l, 20, 700)).toBeLessThanOrEqual(60);
  });

  it('gives no line for empty text', () => {
    expect(wrapText(mono, '   ', 100, 20)).toEqual([]);
  });
});

describe('fitText', () => {
  it('keeps the biggest size when the text fits on its lines', () => {
    expect(
      fitText(mono, 'Piment', { maxWidth: 920, maxSize: 150, minSize: 64, maxLines: 2 }),
    ).toEqual({ size: 150, lines: ['Piment'], truncated: false });
  });

  it('shrinks a long name until it fits the allowed lines, and no further', () => {
    const text = 'Piment frais de Bouaké extra fort';
    const fit = fitText(mono, text, { maxWidth: 920, maxSize: 150, minSize: 64, maxLines: 2 });
    expect(fit.truncated).toBe(false);
    expect(fit.lines).toHaveLength(2);
    for (const l of fit.lines) expect(mono(l, fit.size, 700)).toBeLessThanOrEqual(920);
    // Two px bigger would need a third line.
    expect(wrapText(mono, text, 920, fit.size + 2).length).toBeGreaterThan(2);
  });

  it('shortens with an ellipsis what cannot fit even at the smallest size', () => {
    const text = 'mot '.repeat(80);
    const fit = fitText(mono, text, { maxWidth: 300, maxSize: 60, minSize: 40, maxLines: 2 });
    expect(fit).toMatchObject({ size: 40, truncated: true });
    expect(fit.lines).toHaveLength(2);
    expect(fit.lines[1]?.endsWith('…')).toBe(true);
    for (const l of fit.lines) expect(mono(l, 40, 700)).toBeLessThanOrEqual(300);
  });
});

const arrivage: StorySpec = {
  background: { kind: 'color', color: '#9a3412', emoji: '🌶️' },
  label: 'Arrivage !',
  title: 'Piment frais',
  price: '500\u00a0FCFA le tas',
  when: 'Samedi au marché de Treichville',
  seller: 'Maman Awa',
  phone: 'WhatsApp 07 07 00 0001',
};

function expectInsideSafeZone(spec: StorySpec) {
  const { top, bottom, anchor } = storyBlocks(spec);
  const layout = layoutStory(mono, top, bottom, anchor);
  for (const b of layout.blocks) {
    expect(b.box.y, b.id).toBeGreaterThanOrEqual(SAFE_ZONE.top);
    expect(b.box.y + b.box.height, b.id).toBeLessThanOrEqual(STORY_HEIGHT - SAFE_ZONE.bottom + 0.5);
    expect(b.box.x, b.id).toBeGreaterThanOrEqual(SAFE_ZONE.side);
    expect(b.box.x + b.box.width, b.id).toBeLessThanOrEqual(STORY_WIDTH - SAFE_ZONE.side + 0.5);
    for (const l of b.lines) expect(l.width, `${b.id}: ${l.text}`).toBeLessThanOrEqual(920);
  }
  // Blocks never overlap: each starts below the one before.
  const sorted = [...layout.blocks].sort((a, b) => a.box.y - b.box.y);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    expect(sorted[i]!.box.y).toBeGreaterThanOrEqual(prev.box.y + prev.box.height - 0.5);
  }
  return layout;
}

describe('layoutStory', () => {
  it('lays the "Arrivage" card inside the safe zone at full size', () => {
    const layout = expectInsideSafeZone(arrivage);
    expect(layout.scale).toBe(1);
    expect(layout.blocks.map((b) => b.id)).toEqual([
      'label',
      'emoji',
      'title',
      'price',
      'when',
      'seller',
      'phone',
    ]);
    const title = layout.blocks.find((b) => b.id === 'title');
    expect(title?.size).toBe(150);
    // The seller's name and number sit at the bottom of the safe zone, not under the reply field.
    const phone = layout.blocks.find((b) => b.id === 'phone')!;
    expect(phone.box.y + phone.box.height).toBeCloseTo(SAFE_BOX.y + SAFE_BOX.height, 5);
  });

  it('shrinks everything together when long texts would overflow, staying in the zone', () => {
    const long: StorySpec = {
      ...arrivage,
      title: 'Gombo, aubergines africaines, piment frais et tomates du village de Bouaké',
      price: '12\u202f500\u00a0FCFA la grande bassine bien remplie',
      note: 'au lieu de 15\u202f000\u00a0FCFA la semaine dernière au même marché',
      when: 'Tous les jours au grand marché de Treichville, derrière la gare routière',
      seller: 'Maman Awa Kouassi née Traoré, légumes et épices de Bouaké',
    };
    const layout = expectInsideSafeZone(long);
    expect(layout.scale).toBeLessThan(1);
    const title = layout.blocks.find((b) => b.id === 'title')!;
    const when = layout.blocks.find((b) => b.id === 'when')!;
    // The hierarchy stays: the product is still bigger than the day and place.
    expect(title.size).toBeGreaterThan(when.size);
  });

  it('puts the text low on a photo so the picture shows above it', () => {
    const photo = expectInsideSafeZone({ ...arrivage, background: { kind: 'photo' } });
    const when = photo.blocks.find((b) => b.id === 'when')!;
    const seller = photo.blocks.find((b) => b.id === 'seller')!;
    // The announcement ends just above the seller's name; the free space is all above it.
    expect(seller.box.y - (when.box.y + when.box.height)).toBeCloseTo(40, 5);
    expect(photo.blocks[0]!.box.y).toBeGreaterThan(SAFE_ZONE.top + 200);
  });
});

describe('encodeUnder', () => {
  it('lowers the quality step by step until the image is small enough', async () => {
    const tried: number[] = [];
    const encode = async (q: number) => {
      tried.push(q);
      return new Blob([new Uint8Array(Math.round(q * 1000))]);
    };
    const { blob, quality } = await encodeUnder(encode, 600, [0.9, 0.8, 0.7, 0.6, 0.5]);
    expect(quality).toBe(0.6);
    expect(blob.size).toBe(600);
    expect(tried).toEqual([0.9, 0.8, 0.7, 0.6]);
  });

  it('returns the smallest try when nothing fits', async () => {
    const encode = async (q: number) => new Blob([new Uint8Array(Math.round(q * 1000))]);
    expect((await encodeUnder(encode, 10, [0.9, 0.5])).quality).toBe(0.5);
  });
});

describe('photo geometry', () => {
  it('downsizes a 12 MP camera photo to 1080 px on its long side, never enlarges', () => {
    expect(fitWithin(4000, 3000, 1080)).toEqual({ width: 1080, height: 810 });
    expect(fitWithin(3000, 4000, 1080)).toEqual({ width: 810, height: 1080 });
    expect(fitWithin(640, 480, 1080)).toEqual({ width: 640, height: 480 });
  });

  it('crops a landscape photo to the middle of a portrait story', () => {
    const c = coverCrop(1080, 810, STORY_WIDTH, STORY_HEIGHT);
    expect(c.sh).toBeCloseTo(810);
    expect(c.sw).toBeCloseTo((810 * 1080) / 1920);
    expect(c.sx).toBeCloseTo((1080 - c.sw) / 2);
    expect(c.sy).toBeCloseTo(0);
  });
});

describe('a price prefers one line', () => {
  it('shrinks to stay on one line before wrapping, down to its one-line minimum', () => {
    const price = '1\u202f000\u00a0FCFA le\u00a0tas';
    const block = { id: 'price', text: price, maxSize: 110, minSize: 56, maxLines: 2, pad: 30 };
    const plain = layoutStory(mono, [block], []);
    const preferred = layoutStory(mono, [{ ...block, oneLineMin: 72 }], []);
    expect(plain.blocks[0]!.lines).toHaveLength(2);
    expect(preferred.blocks[0]!.lines.map((l) => l.text)).toEqual([price]);
    expect(preferred.blocks[0]!.size).toBeGreaterThanOrEqual(72);
    // Too long for one line even at 72 px: it wraps as before.
    const long = { ...block, text: `${price} ou 1\u202f800\u00a0FCFA les deux`, oneLineMin: 72 };
    expect(layoutStory(mono, [long], []).blocks[0]!.lines.length).toBe(2);
  });
});
