// A small, realistic notebook for the documentation's screenshots: a fortnight of a stall at
// Adjamé, two customers called Awa, a product with no picture, reservations and messages waiting.
// Written as a backup file so it enters the app through its own restore, as a new phone would.
import { backupFileText } from '../bench/dataset.mjs';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * Saturday 21 November 2026, 10:30 in Abidjan (UTC): a market morning, in the past (a restore,
 * checked in a worker that the page's fixed clock does not reach, refuses dates to come).
 */
export const NOW = Date.UTC(2026, 10, 21, 10, 30);

/** The customer whose card, sale and messages the screenshots open. */
export const AWA = 'c-awa-zongo';
/** The product a Status image is made from. */
export const PIMENT = 'p-piment';

const PRODUCTS = [
  { id: PIMENT, name: 'Piment frais', unit: 'tas', priceMinor: 500, emoji: '🌶️' },
  { id: 'p-tomate', name: 'Tomate', unit: 'tas', priceMinor: 300, emoji: '🍅' },
  { id: 'p-arachide', name: 'Arachide', unit: 'sachet', priceMinor: 250, emoji: '🥜' },
  {
    id: 'p-gombo',
    name: 'Gombo',
    unit: 'kg',
    priceMinor: 1200,
    available: false,
    color: '#2563eb',
  },
  { id: 'p-attieke', name: 'Attiéké', unit: 'boule', priceMinor: 200 },
  { id: 'p-mangue', name: 'Mangue', unit: 'pièce', priceMinor: 150, emoji: '🥭' },
];

const CUSTOMERS = [
  {
    id: AWA,
    firstName: 'Awa',
    nickname: 'du quartier Zongo',
    phone: '+2250707123456',
    area: 'Zongo',
    profile: 'prescripteur',
    notes: 'Aime le piment fort. Son fils est malade.',
  },
  { id: 'c-awa-foulard', firstName: 'Awa', nickname: 'la dame au foulard bleu' },
  { id: 'c-adele', firstName: 'Adèle', nickname: 'la couturière', phone: '+2250505987654' },
  { id: 'c-koffi', firstName: 'Koffi', nickname: 'le boulanger', phone: '+2250102030405' },
  {
    id: 'c-aminata',
    firstName: 'Aminata',
    phone: '+2250708091011',
    recommendedById: AWA,
    profile: 'consommateur',
  },
  { id: 'c-fatou', firstName: 'Fatou', nickname: 'de la mosquée', acceptsMessages: false },
  { id: 'c-yao', firstName: 'Yao', phone: '+2250709080706', recommendedById: AWA },
  { id: 'c-kouame', firstName: 'Kouamé', nickname: 'du garage', phone: '+2250701020304' },
];

/** [customer or undefined for a passing customer, days ago, hour, [[product, quantity]…]] */
const SALES = [
  [
    AWA,
    0,
    8.5,
    [
      [PIMENT, 2],
      ['p-tomate', 1],
    ],
  ],
  ['c-adele', 0, 9, [['p-arachide', 3]]],
  [undefined, 0, 9.5, [['p-mangue', 4]]],
  ['c-koffi', 0, 10, [[PIMENT, 1]]],
  [
    AWA,
    7,
    9,
    [
      [PIMENT, 1],
      ['p-attieke', 2],
    ],
  ],
  ['c-aminata', 7, 10, [['p-tomate', 2]]],
  ['c-yao', 7, 11, [['p-arachide', 1]]],
  [AWA, 14, 9, [['p-gombo', 1]]],
  ['c-kouame', 35, 9, [[PIMENT, 2]]],
];

/**
 * The notebook's backup file, its dates counted back from `now` (the screenshots' fixed morning,
 * or the tests' real clock: a restore refuses dates in the future).
 */
export async function notebookFile(language = 'fr', now = NOW) {
  const today = new Date(now);
  // Earlier days at their hour; today's morning squeezed into the last hours before `now`, so
  // that nothing is in the future whatever time the tests run.
  const at = (daysAgo, hour) =>
    daysAgo === 0
      ? now - Math.round((11 - hour) * 20 * MIN)
      : Date.UTC(
          today.getUTCFullYear(),
          today.getUTCMonth(),
          today.getUTCDate() - daysAgo,
          Math.floor(hour),
          Math.round((hour % 1) * 60),
        );
  const created = now - 60 * DAY;
  const products = PRODUCTS.map((p) => ({
    available: true,
    ...p,
    createdAt: created,
    updatedAt: created,
  }));
  const byId = new Map(products.map((p) => [p.id, p]));
  const lastSeen = new Map();
  const sales = SALES.map(([customerId, daysAgo, hour, items], i) => {
    const when = at(daysAgo, hour);
    if (customerId && when > (lastSeen.get(customerId) ?? 0)) lastSeen.set(customerId, when);
    const lines = items.map(([productId, quantity]) => {
      const p = byId.get(productId);
      return { productId, name: p.name, unit: p.unit, unitPriceMinor: p.priceMinor, quantity };
    });
    return {
      id: `s-${i}`,
      ...(customerId ? { customerId } : {}),
      at: when,
      lines,
      totalMinor: lines.reduce((sum, l) => sum + l.unitPriceMinor * l.quantity, 0),
      manualTotal: false,
      createdAt: when,
      updatedAt: when,
    };
  });
  const gifts = [
    {
      id: 'g-0',
      customerId: AWA,
      at: at(0, 8.6),
      what: 'une poignée d’arachide',
      reason: 'fidelite',
      valueMinor: 100,
      saleId: 's-0',
    },
    {
      id: 'g-1',
      customerId: 'c-aminata',
      at: at(7, 10),
      what: 'un piment en plus',
      reason: 'recommandation',
      valueMinor: 50,
    },
  ].map((g) => ({ ...g, createdAt: g.at, updatedAt: g.at }));
  for (const g of gifts)
    if (g.at > (lastSeen.get(g.customerId) ?? 0)) lastSeen.set(g.customerId, g.at);
  const customers = CUSTOMERS.map((c, i) => {
    const createdAt = created + i * DAY;
    return {
      acceptsMessages: true,
      ...c,
      lastSeenAt: lastSeen.get(c.id) ?? createdAt,
      createdAt,
      updatedAt: createdAt,
    };
  });
  const reservations = [
    {
      id: 'r-adele-gombo',
      customerId: 'c-adele',
      productId: 'p-gombo',
      quantity: 2,
      note: 'pour la fête',
      wantedOn: new Date(now + 7 * DAY).toISOString().slice(0, 10),
      status: 'waiting',
      createdAt: at(3, 9),
    },
    {
      id: 'r-koffi-piment',
      customerId: 'c-koffi',
      productId: PIMENT,
      quantity: 3,
      advanceMinor: 500,
      status: 'ready',
      readyAt: at(0, 8),
      createdAt: at(5, 9),
    },
  ].map((r) => ({ ...r, updatedAt: r.readyAt ?? r.createdAt }));
  const fr = language === 'fr';
  const outbox = [
    {
      id: 'm-awa',
      customerId: AWA,
      kind: 'merci',
      saleId: 's-0',
      text: fr
        ? 'Bonjour Awa, merci pour votre achat aujourd’hui au marché. À bientôt chez Maman Awa\u202f!'
        : 'Hello Awa, thank you for your purchase at the market today. See you soon at Maman Awa!',
      createdAt: at(0, 8.5),
    },
    {
      id: 'm-koffi',
      customerId: 'c-koffi',
      kind: 'reservation',
      reservationId: 'r-koffi-piment',
      productId: PIMENT,
      text: fr
        ? 'Bonjour Koffi, votre réservation (3 tas de piment frais) est prête. Maman Awa'
        : 'Hello Koffi, your reservation (3 tas Piment frais) is ready. Maman Awa',
      createdAt: at(0, 8),
    },
  ].map((m) => ({ status: 'pending', ...m, updatedAt: m.createdAt }));
  // The credit book: Awa owes the rest of last week's sale and promised to pay today; Koffi's
  // promise has passed; Adèle's credit was corrected (the old version stays, struck through).
  const midnight = (daysFromNow) => {
    const d = new Date(now);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + daysFromNow);
  };
  const creditEntries = [
    {
      id: 'e-awa',
      customerId: AWA,
      kind: 'credit',
      amountMinor: 900,
      at: at(7, 9),
      saleId: 's-4',
      dueAt: midnight(0),
    },
    {
      id: 'e-awa-pay',
      customerId: AWA,
      kind: 'paiement',
      amountMinor: 400,
      at: at(2, 9),
      way: 'wave',
    },
    {
      id: 'e-koffi',
      customerId: 'c-koffi',
      kind: 'credit',
      amountMinor: 1500,
      at: at(40, 10),
      dueAt: midnight(-3),
    },
    {
      id: 'e-kouame',
      customerId: 'c-kouame',
      kind: 'credit',
      amountMinor: 1000,
      at: at(35, 9),
      saleId: 's-8',
    },
    { id: 'e-adele', customerId: 'c-adele', kind: 'credit', amountMinor: 600, at: at(3, 9) },
    {
      id: 'e-adele-2',
      lineId: 'e-adele',
      customerId: 'c-adele',
      kind: 'credit',
      amountMinor: 500,
      at: at(3, 9),
      note: fr ? 'une mangue rendue' : 'a mango given back',
      createdAt: at(3, 11),
    },
  ].map((e) => ({ lineId: e.id, createdAt: e.at, ...e, updatedAt: e.createdAt ?? e.at }));
  const data = {
    settings: [
      {
        id: 'seller',
        sellerName: 'Maman Awa',
        sellerPhone: '+2250707000001',
        country: 'CI',
        currency: 'XOF',
        marketName: 'Adjamé',
        marketDay: 6,
        language,
        templates: {},
        inactiveDays: 21,
        paymentDetails: 'Wave : 07 07 00 00 01',
        createdAt: created,
        updatedAt: created,
      },
    ],
    customers,
    products,
    sales,
    gifts,
    reservations,
    outbox,
    photos: [],
    creditEntries,
  };
  // Made nine days ago (restoring it counts as that backup): the home screen's reminder shows.
  return backupFileText(data, now - 9 * DAY);
}
