/**
 * The domain's types: the rows as stored, shared by every layer (db/, ui/, i18n/, features/).
 * Times are epoch ms; amounts are whole numbers of the currency's smallest unit.
 */
import type { Language } from './languages';
import type { TemplateKind } from './template-kinds';

export type { Language, TemplateKind };

/** "Moyen de contact": how she is reached. WhatsApp is the default; consent is separate. */
export type ContactChannel = 'whatsapp' | 'sms' | 'call';
export type Profile = 'consommateur' | 'acheteur-pour-autres' | 'prescripteur';
export type GiftReason = 'fidelite' | 'excuse' | 'recommandation' | 'autre';
export interface Settings {
  id: 'seller';
  sellerName: string;
  /** E.164 */
  sellerPhone?: string;
  country: string;
  currency: string;
  marketName: string;
  /** 0 = dimanche … 6 = samedi, as Date#getDay. */
  marketDay: number;
  language: Language;
  /** The seller's own texts; a missing kind uses the default. */
  templates: Partial<Record<TemplateKind, string>>;
  /** Days without a visit before a customer shows under "À relancer". */
  inactiveDays: number;
  /**
   * The seller's own mobile-money details, typed once ("Wave : 07 07 12 34 56", or her Wave
   * payment link): plain text for {paiement} in a reminder, never a payment API (v6).
   */
  paymentDetails?: string;
  /** Days after which an unsent thank-you is out of date ("expiré"); absent: 3 (v5). */
  thanksExpireDays?: number;
  lastBackupAt?: number;
  createdAt: number;
  updatedAt: number;
}

export interface Customer {
  id: string;
  firstName: string;
  nickname?: string;
  /** E.164 */
  phone?: string;
  area?: string;
  recommendedById?: string;
  profile?: Profile;
  notes?: string;
  /** Consent, whatever the channel: no prepared message of any kind goes to her without it. */
  acceptsMessages: boolean;
  /** How messages reach her (v5; "whatsapp" for every customer made before). */
  channel: ContactChannel;
  /** Folded words of the first name, nickname and quartier: the index behind search (v5). */
  searchWords: string[];
  /** Folded "first name nickname", for the alphabetical list. */
  nameKey: string;
  /** Creation, last sale, gift or credit entry: "seen today / recently". */
  lastSeenAt: number;
  /**
   * Derived from her credit entries (lib/ledger.ts), kept for fast lists and rebuilt after every
   * entry and every merge (v6): what she owes (negative: her advance), absent at zero…
   */
  creditBalanceMinor?: number;
  /** …the time of her oldest credit not yet paid (payments settle the oldest first)… */
  owedSince?: number;
  /** …and the earliest promised day ("Paiera le") of what she still owes. */
  promisedAt?: number;
  createdAt: number;
  updatedAt: number;
}

export interface Product {
  id: string;
  name: string;
  /** Folded name, for sorting and duplicate checks. */
  nameKey: string;
  priceMinor: number;
  unit: string;
  available: boolean;
  emoji?: string;
  color?: string;
  /** Its gender in French, as the seller says it ("la tomate"); absent: guessed from the name. */
  gender?: 'm' | 'f';
  createdAt: number;
  updatedAt: number;
}

export interface SaleLine {
  productId?: string;
  /** Copied from the product at the time of sale, so renaming a product keeps history true. */
  name: string;
  unit: string;
  unitPriceMinor: number;
  quantity: number;
}

export interface Sale {
  id: string;
  /** Absent for a "client de passage". */
  customerId?: string;
  at: number;
  lines: SaleLine[];
  /** The lines' product ids (v3): "who bought this product" through an index. */
  productIds: string[];
  totalMinor: number;
  /** True when the seller typed the total by hand instead of the lines' sum. */
  manualTotal: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface Gift {
  id: string;
  customerId?: string;
  at: number;
  what: string;
  reason: GiftReason;
  valueMinor?: number;
  saleId?: string;
  createdAt: number;
  updatedAt: number;
}

export type ReservationStatus = 'waiting' | 'ready' | 'fulfilled' | 'cancelled';

export interface Reservation {
  id: string;
  customerId: string;
  productId: string;
  quantity: number;
  note?: string;
  /** "Pour quand ?": the day she wants it (YYYY-MM-DD, a calendar day, not an instant). */
  wantedOn?: string;
  /**
   * Money she already gave, in minor units. The sale of the reservation shows it beside the
   * total; the credit ledger will record it as a payment toward that sale (see recordSale).
   */
  advanceMinor?: number;
  status: ReservationStatus;
  readyAt?: number;
  saleId?: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * pending: waits to be sent. opened: WhatsApp, the messages app or the dialer was opened for it,
 * and the seller has not yet said whether it went (v5). sent: she said it did.
 */
export type OutboxStatus = 'pending' | 'opened' | 'sent';
export type OutboxKind = TemplateKind | 'libre';

export interface OutboxMessage {
  id: string;
  customerId?: string;
  kind: OutboxKind;
  text: string;
  status: OutboxStatus;
  saleId?: string;
  giftId?: string;
  reservationId?: string;
  productId?: string;
  /** When it was last opened in WhatsApp, the messages app or the dialer (v5). */
  openedAt?: number;
  /** The channel it was opened on, kept once sent: "Envoyé par SMS" (v5). */
  via?: ContactChannel;
  sentAt?: number;
  createdAt: number;
  updatedAt: number;
}

/** "crédit": goods taken now, paid later; "paiement": money that comes back. */
export type CreditKind = 'credit' | 'paiement';
export type PaymentWay = 'especes' | 'wave' | 'orange-money' | 'mtn-momo' | 'moov-money' | 'autre';

/**
 * One version of an entry of the credit book (v6). Entries are only ever added: a correction is
 * a new version of the same line (same `lineId`), a void is a version with `voided`. The current
 * version of a line is the newest (lib/ledger.ts), so the balance is a function of the set of
 * entries, whatever order two phones learnt them in.
 */
export interface CreditEntry {
  id: string;
  customerId: string;
  /** The id of the line's first version (its own id for a first version). */
  lineId: string;
  kind: CreditKind;
  /** Minor units, > 0. */
  amountMinor: number;
  /** When it happened; every version of a line keeps the first one's. */
  at: number;
  /** The sale whose unpaid part this is; kept as written even once the sale is gone. */
  saleId?: string;
  /** For a payment: how the money came. */
  way?: PaymentWay;
  /** For a credit: the day she promised to pay ("Paiera le"), its local midnight. */
  dueAt?: number;
  note?: string;
  /** This version strikes the line out ("annulé le …"): it counts for nothing. */
  voided?: true;
  createdAt: number;
  updatedAt: number;
}

export interface Photo {
  id: string;
  blob: Blob;
  width: number;
  height: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * The tables whose rows merge, back up and sync one by one, in the order they are written
 * (a row before the rows that point at it). Settings never merge. A new table of records is one
 * line here, its row type in RecordRows and its rules in lib/notebook.ts.
 */
export const RECORD_TABLES = [
  'products',
  'customers',
  'sales',
  'creditEntries',
  'gifts',
  'reservations',
  'outbox',
  'photos',
] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export interface RecordRows {
  products: Product;
  customers: Customer;
  sales: Sale;
  creditEntries: CreditEntry;
  gifts: Gift;
  reservations: Reservation;
  outbox: OutboxMessage;
  photos: Photo;
}

/**
 * A deletion (v4): which row went and when, so that a merge or a sync never brings it back.
 * One per deleted row, whatever deleted it (the seller, or a cascade such as a customer's
 * waiting messages going with her).
 */
export interface Tombstone {
  table: RecordTable;
  id: string;
  deletedAt: number;
}
