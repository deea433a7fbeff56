import type { Transaction } from 'dexie';

/**
 * Upgrade functions. Each one imports only types and copies what it needs, so a later change to
 * the app's code can never change what an old migration does.
 */

interface SaleRowV2 {
  lines?: Array<{ productId?: string }>;
  productIds?: string[];
}

/** v3: every sale lists its lines' product ids, for the `*productIds` index. */
export async function migrateToV3(tx: Transaction): Promise<void> {
  await tx
    .table('sales')
    .toCollection()
    .modify((sale: SaleRowV2) => {
      const ids = (sale.lines ?? [])
        .map((l) => l.productId)
        .filter((id): id is string => Boolean(id));
      sale.productIds = [...new Set(ids)];
    });
}

/*
 * v5: the folding of names as v5 defines it, copied here (see lib/text.ts for the why of each
 * rule) so that a later change to the app's folding cannot change what this upgrade wrote; a
 * later change comes with its own upgrade that recomputes the words again.
 */
const PLAIN_V5: Readonly<Record<string, string>> = {
  ɓ: 'b',
  ɗ: 'd',
  ɖ: 'd',
  đ: 'd',
  ƴ: 'y',
  ŋ: 'n',
  ɲ: 'n',
  ɛ: 'e',
  ə: 'e',
  ǝ: 'e',
  ɔ: 'o',
  ø: 'o',
  ł: 'l',
  ƙ: 'k',
  ɠ: 'g',
  ɣ: 'g',
  ƒ: 'f',
  ʋ: 'v',
  ɩ: 'i',
  ɨ: 'i',
  ʊ: 'u',
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ک: 'ك',
  ی: 'ي',
};
const PLAIN_V5_LETTERS = new RegExp(`[${Object.keys(PLAIN_V5).join('')}]`, 'gu');
const DROPPED_V5 = /['’ʼ‘`´\u0640]/g;
const APOSTROPHES_V5 = /['’ʼ‘`´]/g;

function foldV5(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('fr')
    .replace(PLAIN_V5_LETTERS, (c) => PLAIN_V5[c] ?? c)
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
      const code = d.charCodeAt(0);
      return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
    })
    .replace(DROPPED_V5, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function searchWordsV5(parts: Array<string | undefined>): string[] {
  const words = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const w of foldV5(part).split(' ')) if (w) words.add(w);
    if (part.search(APOSTROPHES_V5) >= 0) {
      for (const w of foldV5(part.replace(APOSTROPHES_V5, ' ')).split(' ')) if (w) words.add(w);
    }
  }
  return [...words];
}

interface CustomerRowV4 {
  firstName: string;
  nickname?: string;
  area?: string;
  channel?: string;
  searchWords: string[];
  nameKey: string;
}

/**
 * v5: customers get a channel and v5's search words (the region's letters, Arabic spellings, the
 * quartier); products' sort keys follow the same folding. Consent is left exactly as it was: an
 * upgrade never turns a "no" into a "yes", even where the "no" may only have meant "no WhatsApp".
 */
export async function migrateToV5(tx: Transaction): Promise<void> {
  await tx
    .table('customers')
    .toCollection()
    .modify((c: CustomerRowV4) => {
      if (c.channel !== 'whatsapp' && c.channel !== 'sms' && c.channel !== 'call')
        c.channel = 'whatsapp';
      c.searchWords = searchWordsV5([c.firstName, c.nickname, c.area]);
      c.nameKey = foldV5(`${c.firstName} ${c.nickname ?? ''}`);
    });
  await tx
    .table('products')
    .toCollection()
    .modify((p: { name: string; nameKey: string }) => {
      p.nameKey = foldV5(p.name);
    });
}
