/**
 * Generated notebooks for tests and the benchmark: rows written straight into Dexie (the other
 * features' commands are not needed to fill a database). Deterministic for a given seed, and
 * full of what breaks naive code: accents, emoji, quotes, semicolons, line breaks, formulas,
 * notes as long as the form allows and numbers of many countries.
 */
import type { AssohDB } from '../../db/db';
import type { Customer, Gift, Product, Sale, Settings } from '../../lib/domain';
import { deriveCustomers, emptyNotebook } from '../../lib/notebook';
import { customerSearchWords, fold } from '../../lib/text';

const NAMES = [
  'Adèle',
  'Awa',
  'Koffi',
  'Fatou',
  'Éléonore',
  "N'Guessan",
  'Zoé-Fatou',
  'فاطمة',
  'Aïcha',
  'Kouamé',
];
const NICKNAMES = [
  'du quartier Zongo',
  'la dame au foulard bleu',
  'dit "le grand"',
  'Maman 🌶️ piment',
  'Tantie; la couturière',
  '=1+1 (formule)',
  '@voisine',
  'la cousine\nde Treichville',
];
const PHONES = [
  '+2250707123456',
  '+2290197123456',
  '+212612345678',
  '+221771234567',
  '+237671234567',
  '+33612345678',
  '+22670123456',
  '+224621234567',
];
const PRODUCTS: Array<Pick<Product, 'name' | 'unit' | 'priceMinor' | 'emoji'>> = [
  { name: 'Piment', unit: 'tas', priceMinor: 500, emoji: '🌶️' },
  { name: 'Arachide', unit: 'sachet', priceMinor: 250, emoji: '🥜' },
  { name: 'Gombo "frais"', unit: 'kg', priceMinor: 1200 },
  { name: 'Tomate; cerise', unit: 'panier', priceMinor: 2000, emoji: '🍅' },
];
const DAY = 86_400_000;

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function sellerSettings(at: number, extra: Partial<Settings> = {}): Settings {
  return {
    id: 'seller',
    sellerName: 'Maman Awa',
    sellerPhone: '+2250707000001',
    country: 'CI',
    currency: 'XOF',
    marketName: 'Treichville',
    marketDay: 6,
    language: 'fr',
    templates: { merci: 'Merci {prenom} ! 🙏 « à bientôt »' },
    inactiveDays: 21,
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

export interface NotebookSize {
  customers: number;
  sales: number;
  gifts?: number;
  seed?: number;
  /** The first record's time; the others spread over the following days. */
  from?: number;
}

export async function fillNotebook(db: AssohDB, size: NotebookSize): Promise<void> {
  const random = rng(size.seed ?? 42);
  const from = size.from ?? Date.UTC(2026, 2, 3, 9);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const products: Product[] = PRODUCTS.map((p, i) => ({
    ...p,
    id: `p${i}`,
    nameKey: fold(p.name),
    available: i % 2 === 0,
    createdAt: from,
    updatedAt: from,
  }));
  const customers: Customer[] = [];
  for (let i = 0; i < size.customers; i++) {
    const firstName = pick(NAMES);
    const nickname = i % 3 === 0 ? undefined : pick(NICKNAMES);
    const at = from + Math.floor(random() * 200) * DAY;
    const c: Customer = {
      id: `c${i}`,
      firstName,
      nickname,
      phone: i % 4 === 0 ? undefined : pick(PHONES),
      area: i % 2 ? 'Zongo' : undefined,
      recommendedById: i > 0 && i % 5 === 0 ? `c${i - 1}` : undefined,
      profile: i % 7 === 0 ? 'prescripteur' : undefined,
      notes:
        i % 50 === 0
          ? `Son fils est malade ; aime le piment fort 🌶️. « Très gentille ». ${'Très longue note. '.repeat(50)}`
          : i % 2
            ? 'aime le "piment" fort, paie en 2 fois'
            : undefined,
      acceptsMessages: i % 6 !== 0,
      channel: i % 9 === 0 ? 'sms' : 'whatsapp',
      searchWords: customerSearchWords({ firstName, nickname, area: i % 2 ? 'Zongo' : undefined }),
      nameKey: fold(`${firstName} ${nickname ?? ''}`),
      lastSeenAt: at,
      createdAt: at,
      updatedAt: at,
    };
    // Optional fields are absent, not undefined, as the app's commands write them.
    for (const k of Object.keys(c) as Array<keyof Customer>) if (c[k] === undefined) delete c[k];
    customers.push(c);
  }
  const sales: Sale[] = [];
  for (let i = 0; i < size.sales; i++) {
    const p = pick(products);
    const quantity = 1 + Math.floor(random() * 4);
    const at = from + Math.floor(random() * 264) * DAY + Math.floor(random() * 36_000_000);
    const sale: Sale = {
      id: `s${i}`,
      at,
      lines: [
        { productId: p.id, name: p.name, unit: p.unit, unitPriceMinor: p.priceMinor, quantity },
      ],
      productIds: [p.id],
      totalMinor: p.priceMinor * quantity,
      manualTotal: false,
      createdAt: at,
      updatedAt: at,
    };
    if (size.customers > 0 && i % 4 !== 0) sale.customerId = `c${i % size.customers}`;
    sales.push(sale);
  }
  const gifts: Gift[] = [];
  for (let i = 0; i < (size.gifts ?? Math.ceil(size.sales / 10)); i++) {
    const at = from + i * DAY;
    gifts.push({
      id: `g${i}`,
      customerId: size.customers > 0 ? `c${i % size.customers}` : undefined,
      at,
      what: 'Une poignée d’arachide 🥜',
      reason: 'fidelite',
      valueMinor: 100,
      createdAt: at,
      updatedAt: at,
    });
    if (gifts[i]?.customerId === undefined) delete gifts[i]?.customerId;
  }
  // lastSeenAt is what the app derives from her sales and gifts, as a restore rebuilds it.
  const derived = deriveCustomers({ ...emptyNotebook(), customers, sales, gifts }).customers;
  customers.splice(0, customers.length, ...derived);
  await db.transaction(
    'rw',
    [db.settings, db.products, db.customers, db.sales, db.gifts],
    async () => {
      await db.settings.put(sellerSettings(from));
      await db.products.bulkPut(products);
      await db.customers.bulkPut(customers);
      await db.sales.bulkPut(sales);
      await db.gifts.bulkPut(gifts);
    },
  );
}
