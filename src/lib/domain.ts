/**
 * The domain's types: the rows as stored, shared by every layer (db/, ui/, i18n/, features/).
 * Times are epoch ms; amounts are whole numbers of the currency's smallest unit.
 */
import type { Language, TemplateKind } from './templates';

export type { Language, TemplateKind };

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
  acceptsMessages: boolean;
  /** Folded words of the first name and nickname: the index behind search. */
  searchWords: string[];
  /** Folded "first name nickname", for the alphabetical list. */
  nameKey: string;
  /** Creation, last sale or last gift: "seen today / recently". */
  lastSeenAt: number;
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

export type OutboxStatus = 'pending' | 'sent';
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
  sentAt?: number;
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
 * (a row before the rows that point at it). Settings never merge. A new table of records (the
 * credit entries) is one line here, its row type in RecordRows and its rules in lib/notebook.ts.
 */
export const RECORD_TABLES = [
  'products',
  'customers',
  'sales',
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
