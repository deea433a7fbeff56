// The benchmark's notebook, written as an Assoh backup file (src/db/backup-format.ts) so
// that it enters the app through its own restore: every row passes restore.ts's normalisers,
// which also derive the search words and the A–Z key from the names (left out here on purpose).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { creditEntries } from './credit.mjs';

const DAY = 86_400_000;

const FIRST_NAMES = [
  'Awa',
  'Adèle',
  'Aminata',
  'Aïcha',
  'Koffi',
  'Kouamé',
  'Fatou',
  'Fatoumata',
  'Mariam',
  'Salimata',
  'Éléonore',
  'Yao',
  'Kadiatou',
  'Bintou',
  'Ramatou',
  'Issa',
  'Moussa',
  'Ousmane',
  'Seydou',
  'Adjoa',
  'Akossiwa',
  'Afi',
  'Kossi',
  'Mawuli',
  'Yawa',
  'Nafissatou',
  'Rokia',
  'Djénéba',
  'Oumou',
  'Hawa',
  'Ndèye',
  'Coumba',
  'Khady',
  'Mame',
  'Sokhna',
  'Abdoulaye',
  'Mamadou',
  'Ibrahima',
  'Chantal',
  'Clarisse',
  'Pélagie',
  'Rosine',
  'Solange',
  'Géraldine',
  'Blandine',
  'Hortense',
  'Joséphine',
  'Zoé',
  "N'Guessan",
  'Amenan',
  'Affoué',
  'Ahou',
  'Akissi',
  'Tanoh',
  'Brou',
  'Konan',
  'Fanta',
  'Youssef',
  'Khadija',
  'Fatima',
];
const NICKNAMES = [
  'du quartier Zongo',
  'la dame au foulard bleu',
  'de Treichville',
  'la couturière',
  'du garage',
  'maman piment',
  'la grande',
  'le boulanger',
  'de la mosquée',
  'du village Koubi',
  'la voisine',
  'aux lunettes',
  'le taxi-moto',
  'la coiffeuse',
  'du marché de nuit',
  'la sœur de Koffi',
];
const AREAS = ['Zongo', 'Treichville', 'Adjamé', 'Koumassi', 'Abobo', 'Yopougon', 'Koubi'];
const PRODUCTS = [
  { name: 'Piment frais', unit: 'tas', priceMinor: 500, emoji: '🌶️' },
  { name: 'Arachide', unit: 'sachet', priceMinor: 250, emoji: '🥜' },
  { name: 'Gombo', unit: 'kg', priceMinor: 1200 },
  { name: 'Tomate', unit: 'panier', priceMinor: 2000, emoji: '🍅' },
  { name: 'Oignon', unit: 'kg', priceMinor: 800, emoji: '🧅' },
  { name: 'Aubergine', unit: 'tas', priceMinor: 300, emoji: '🍆' },
  { name: 'Manioc', unit: 'sac', priceMinor: 5000 },
  { name: 'Banane plantain', unit: 'régime', priceMinor: 3500, emoji: '🍌' },
  { name: 'Gingembre', unit: 'sachet', priceMinor: 400 },
  { name: 'Mangue', unit: 'pièce', priceMinor: 150, emoji: '🥭' },
  { name: 'Ananas', unit: 'pièce', priceMinor: 700, emoji: '🍍' },
  { name: 'Panier tressé', unit: 'pièce', priceMinor: 4500 },
];
const GIFTS = [
  ['Une poignée d’arachide', 'fidelite', 100],
  ['Un piment en plus', 'fidelite', 50],
  ['Deux mangues', 'excuse', 300],
  ['Un tas de gombo', 'recommandation', 600],
  ['Une botte de menthe', 'autre', 100],
];

/** The customer whose card the benchmark opens: first in the A–Z list, 200 entries. */
export const CARD_CUSTOMER = { id: 'bench-card', firstName: 'Aaliyah', sales: 180, gifts: 20 };
/** A customer with no history yet: the timed sale is her first. */
export const SALE_CUSTOMER_ID = 'bench-sale';
export const SEARCH_WORD = 'fatoumata';

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Read from the source so the file keeps in step with the app's versions. */
async function appVersions() {
  const read = (p) => readFile(new URL(`../../${p}`, import.meta.url), 'utf8');
  const number = (text, name) => {
    const m = new RegExp(`${name}\\s*=\\s*['"]?([\\w.]+)`).exec(text);
    if (!m) throw new Error(`bench: ${name} not found in the source`);
    return m[1];
  };
  return {
    formatVersion: Number(number(await read('src/db/restore.ts'), 'BACKUP_FORMAT_VERSION')),
    // As the app names it in its backups (a file the release before accepts too);
    // BENCH_SCHEMA_VERSION: a file an older build accepts, for A/B runs against it.
    schemaVersion: Number(
      process.env.BENCH_SCHEMA_VERSION ??
        number(await read('src/db/schema.ts'), 'BACKUP_SCHEMA_VERSION'),
    ),
    appVersion: number(await read('src/db/backup-format.ts'), 'APP_VERSION'),
  };
}

function makeSale(random, id, at, customerId, products) {
  const lines = [];
  const n = 1 + Math.floor(random() * random() * 3);
  for (let j = 0; j < n; j++) {
    const p = products[Math.floor(random() * products.length)];
    lines.push({
      productId: p.id,
      name: p.name,
      unit: p.unit,
      unitPriceMinor: p.priceMinor,
      quantity: 1 + Math.floor(random() * 4),
    });
  }
  const sale = {
    id,
    ...(customerId ? { customerId } : {}),
    at,
    lines,
    totalMinor: lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0),
    manualTotal: false,
    createdAt: at,
    updatedAt: at,
  };
  return sale;
}

/**
 * A year of a busy stall: `customers` customers, `sales` sales (a quarter of them to passing
 * customers), `gifts` gifts, and `pending` thank-yous never sent (a seller who rarely sends them
 * piles them up: the outbox and its badge must stay quick), ending `now`. Returns the backup
 * file's text.
 */
export async function makeBackupText({
  customers = 5000,
  sales = 50_000,
  gifts = 5000,
  pending = 5000,
  now,
}) {
  const random = rng(7);
  const from = now - 365 * DAY;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const products = PRODUCTS.map((p, i) => ({
    id: `bench-p${i}`,
    ...p,
    available: i % 4 !== 3,
    createdAt: from,
    updatedAt: from,
  }));

  const people = [];
  const add = (c) => {
    const at = c.createdAt ?? from + Math.floor(random() * 60) * DAY;
    people.push({ acceptsMessages: true, createdAt: at, updatedAt: at, lastSeenAt: at, ...c });
  };
  add({ id: CARD_CUSTOMER.id, firstName: CARD_CUSTOMER.firstName, nickname: 'la cliente fidèle' });
  add({
    id: SALE_CUSTOMER_ID,
    firstName: 'Zénabou',
    nickname: 'la nouvelle',
    createdAt: now - DAY,
  });
  while (people.length < customers) {
    const i = people.length;
    add({
      id: `bench-c${i}`,
      firstName: pick(FIRST_NAMES),
      ...(random() < 0.7 ? { nickname: pick(NICKNAMES) } : {}),
      ...(random() < 0.75 ? { phone: `+22507${String(10_000_000 + i * 37).slice(-8)}` } : {}),
      ...(random() < 0.5 ? { area: pick(AREAS) } : {}),
      ...(i > 20 && random() < 0.1 ? { recommendedById: `bench-c${i - 7}` } : {}),
      ...(random() < 0.2 ? { notes: 'aime le piment fort, paie en deux fois' } : {}),
      ...(random() < 0.1 ? { profile: pick(['consommateur', 'prescripteur']) } : {}),
      acceptsMessages: random() < 0.85,
    });
  }
  const regulars = people.filter((c) => c.id.startsWith('bench-c'));
  const byId = new Map(people.map((c) => [c.id, c]));
  const seen = (customerId, at) => {
    const c = byId.get(customerId);
    if (c && at > c.lastSeenAt) c.lastSeenAt = at;
  };
  const when = () => from + 60 * DAY + Math.floor(random() * (now - from - 60 * DAY));

  const saleRows = [];
  for (let i = 0; i < CARD_CUSTOMER.sales; i++) {
    const at = when();
    saleRows.push(makeSale(random, `bench-s${saleRows.length}`, at, CARD_CUSTOMER.id, products));
    seen(CARD_CUSTOMER.id, at);
  }
  while (saleRows.length < sales) {
    const at = when();
    const customerId = random() < 0.25 ? undefined : pick(regulars).id;
    saleRows.push(makeSale(random, `bench-s${saleRows.length}`, at, customerId, products));
    if (customerId) seen(customerId, at);
  }
  const giftRows = [];
  while (giftRows.length < gifts) {
    const customerId = giftRows.length < CARD_CUSTOMER.gifts ? CARD_CUSTOMER.id : pick(regulars).id;
    const [what, reason, valueMinor] = pick(GIFTS);
    const at = when();
    giftRows.push({
      id: `bench-g${giftRows.length}`,
      customerId,
      at,
      what,
      reason,
      valueMinor,
      createdAt: at,
      updatedAt: at,
    });
    seen(customerId, at);
  }

  // The thank-yous of her last `pending` sales to known customers, as the app prepares them.
  const outbox = [];
  for (let i = saleRows.length - 1; i >= 0 && outbox.length < pending; i--) {
    const sale = saleRows[i];
    const c = sale.customerId ? byId.get(sale.customerId) : undefined;
    if (!c?.acceptsMessages) continue;
    outbox.push({
      id: `bench-m${outbox.length}`,
      customerId: c.id,
      kind: 'merci',
      text: `Bonjour ${c.firstName}, merci pour votre achat aujourd'hui au marché. À bientôt chez Maman Awa !`,
      status: 'pending',
      saleId: sale.id,
      createdAt: sale.at,
      updatedAt: sale.at,
    });
  }

  const data = {
    settings: [
      {
        id: 'seller',
        sellerName: 'Maman Awa',
        sellerPhone: '+2250707000001',
        country: 'CI',
        currency: 'XOF',
        marketName: 'Treichville',
        marketDay: 6,
        language: 'fr',
        templates: {},
        inactiveDays: 21,
        createdAt: from,
        updatedAt: from,
      },
    ],
    customers: people,
    products,
    sales: saleRows,
    gifts: giftRows,
    reservations: [],
    outbox,
    photos: [],
  };
  data.creditEntries = creditEntries({ people, sales: saleRows, now, cardId: CARD_CUSTOMER.id });
  return backupFileText(data, now);
}

/**
 * Any notebook's rows (`data`: one array per table) as the text of an Assoh backup file made at
 * `now`, header and checksum included, as src/db/backup-format.ts writes it.
 */
export async function backupFileText(data, now) {
  const versions = await appVersions();
  const counts = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length]));
  const dataJson = JSON.stringify(data);
  // format.ts: the checksum is the SHA-256 of the exact UTF-8 text of `data`.
  const checksum = `sha256-${createHash('sha256').update(dataJson, 'utf8').digest('hex')}`;
  const header = {
    format: 'assoh-backup',
    formatVersion: versions.formatVersion,
    appVersion: versions.appVersion,
    schemaVersion: versions.schemaVersion,
    createdAt: now,
    photos: 'omitted',
    counts,
    checksum,
  };
  return `${JSON.stringify(header).slice(0, -1)},"data":${dataJson}}`;
}
