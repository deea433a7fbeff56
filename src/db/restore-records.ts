/**
 * One normaliser per table for rows read from a backup file (see restore.ts): each rebuilds
 * the row from the fields it knows, checks each one's type and range, and refuses the file
 * with the record's number and field name otherwise.
 */
import { UserError } from '../i18n/errors';
import { LANGUAGE_CODES } from '../lib/languages';
import { isCalendarDay } from '../lib/dates';
import { customerNameKey, fold, searchWords } from '../lib/text';
import { productIdsOf } from './sale-lines';
import type {
  Customer,
  Gift,
  GiftReason,
  OutboxKind,
  OutboxMessage,
  OutboxStatus,
  Photo,
  Product,
  Profile,
  Reservation,
  ReservationStatus,
  Sale,
  SaleLine,
  Settings,
  TemplateKind,
} from '../lib/domain';

type Table =
  'settings' | 'customers' | 'products' | 'sales' | 'gifts' | 'reservations' | 'outbox' | 'photos';

/** Photos travel as base64 inside the JSON file. */
export interface PhotoRecord {
  id: string;
  type: string;
  base64: string;
  width: number;
  height: number;
  createdAt: number;
  updatedAt: number;
}

/** Long enough for very long notes, short enough that a hostile file cannot bloat the database. */
const TEXT_MAX = 100_000;
const ID_MAX = 100;
const AMOUNT_MAX = 1e12;
const TIME_MAX = 8.64e15;

const PROFILES: readonly Profile[] = ['consommateur', 'acheteur-pour-autres', 'prescripteur'];
const GENDERS = ['m', 'f'] as const;
const GIFT_REASONS: readonly GiftReason[] = ['fidelite', 'excuse', 'recommandation', 'autre'];
const TEMPLATE_KINDS: readonly TemplateKind[] = [
  'merci',
  'arrivage',
  'reservation',
  'excuse',
  'nouvelles',
];
const OUTBOX_KINDS: readonly OutboxKind[] = [...TEMPLATE_KINDS, 'libre'];
const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sent'];
const RESERVATION_STATUSES: readonly ReservationStatus[] = [
  'waiting',
  'ready',
  'fulfilled',
  'cancelled',
];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Drops absent optional fields so a restored row has exactly the keys a fresh one would. */
function compact<T extends object>(row: T): T {
  for (const key of Object.keys(row) as Array<keyof T>) {
    if (row[key] === undefined) delete row[key];
  }
  return row;
}

class Fields {
  constructor(
    private readonly table: Table,
    private readonly n: number,
    private readonly raw: Record<string, unknown>,
  ) {}

  static of(table: Table, raw: unknown, n: number): Fields {
    if (!isObject(raw)) throw new UserError(`backup.errorRecord.${table}`, { n, field: '—' });
    return new Fields(table, n, raw);
  }

  fail(field: string): never {
    throw new UserError(`backup.errorRecord.${this.table}`, { n: this.n, field });
  }

  private absent(f: string): boolean {
    return this.raw[f] === undefined || this.raw[f] === null;
  }

  text(f: string, max = TEXT_MAX): string {
    const v = this.raw[f];
    if (typeof v !== 'string' || v.length > max) this.fail(f);
    return v;
  }
  optText(f: string, max = TEXT_MAX): string | undefined {
    return this.absent(f) ? undefined : this.text(f, max);
  }
  id(f = 'id'): string {
    const v = this.text(f, ID_MAX);
    if (!v) this.fail(f);
    return v;
  }
  optId(f: string): string | undefined {
    return this.absent(f) ? undefined : this.id(f);
  }
  num(f: string, min: number, max: number, integer = true): number {
    const v = this.raw[f];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) this.fail(f);
    if (integer && !Number.isInteger(v)) this.fail(f);
    return v;
  }
  optNum(f: string, min: number, max: number): number | undefined {
    return this.absent(f) ? undefined : this.num(f, min, max);
  }
  time(f: string): number {
    return this.num(f, 0, TIME_MAX, false);
  }
  optTime(f: string): number | undefined {
    return this.absent(f) ? undefined : this.time(f);
  }
  /** A calendar day, YYYY-MM-DD, that exists. */
  optDay(f: string): string | undefined {
    if (this.absent(f)) return undefined;
    const v = this.text(f, 10);
    if (!isCalendarDay(v)) this.fail(f);
    return v;
  }
  bool(f: string): boolean {
    const v = this.raw[f];
    if (typeof v !== 'boolean') this.fail(f);
    return v;
  }
  oneOf<T extends string>(f: string, values: readonly T[]): T {
    const v = this.raw[f];
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) this.fail(f);
    return v as T;
  }
  optOneOf<T extends string>(f: string, values: readonly T[]): T | undefined {
    return this.absent(f) ? undefined : this.oneOf(f, values);
  }
  get(f: string): unknown {
    return this.raw[f];
  }
}

export function normaliseSettings(raw: unknown, n: number): Settings {
  const r = Fields.of('settings', raw, n);
  if (r.get('id') !== 'seller') r.fail('id');
  const rawTemplates = r.get('templates') ?? {};
  if (!isObject(rawTemplates)) return r.fail('templates');
  const templates: Partial<Record<TemplateKind, string>> = {};
  for (const kind of TEMPLATE_KINDS) {
    const text = rawTemplates[kind];
    if (text === undefined || text === null) continue;
    if (typeof text !== 'string' || text.length > TEXT_MAX) return r.fail('templates');
    templates[kind] = text;
  }
  const country = r.text('country', 2);
  if (!/^[A-Z]{2}$/.test(country)) r.fail('country');
  const currency = r.text('currency', 3);
  if (!/^[A-Z]{3}$/.test(currency)) r.fail('currency');
  return compact({
    id: 'seller',
    sellerName: r.text('sellerName', 200),
    sellerPhone: r.optText('sellerPhone', 20),
    country,
    currency,
    marketName: r.text('marketName', 200),
    marketDay: r.num('marketDay', -1, 6),
    language: r.oneOf('language', LANGUAGE_CODES),
    templates,
    inactiveDays: r.num('inactiveDays', 1, 3650),
    lastBackupAt: r.optTime('lastBackupAt'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseCustomer(raw: unknown, n: number): Customer {
  const r = Fields.of('customers', raw, n);
  const firstName = r.text('firstName', 200);
  if (!firstName.trim()) r.fail('firstName');
  const nickname = r.optText('nickname', 500);
  // The search keys are derived data: rebuilt here, never taken from the file, so a customer
  // is always found by what her name says under this version's folding rules.
  const createdAt = r.time('createdAt');
  return compact({
    id: r.id(),
    firstName,
    nickname,
    phone: r.optText('phone', 20),
    area: r.optText('area', 500),
    recommendedById: r.optId('recommendedById'),
    profile: r.optOneOf('profile', PROFILES),
    notes: r.optText('notes'),
    acceptsMessages: r.bool('acceptsMessages'),
    searchWords: searchWords(firstName, nickname),
    nameKey: customerNameKey(firstName, nickname),
    lastSeenAt: r.optTime('lastSeenAt') ?? createdAt,
    createdAt,
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseProduct(raw: unknown, n: number): Product {
  const r = Fields.of('products', raw, n);
  const name = r.text('name', 200);
  return compact({
    id: r.id(),
    name,
    nameKey: fold(name),
    priceMinor: r.num('priceMinor', 0, AMOUNT_MAX),
    unit: r.text('unit', 100),
    available: r.bool('available'),
    emoji: r.optText('emoji', 40),
    color: r.optText('color', 40),
    gender: r.optOneOf('gender', GENDERS),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

function normaliseLine(r: Fields, raw: unknown): SaleLine {
  if (!isObject(raw)) r.fail('lines');
  const l = new Fields('sales', 0, raw);
  try {
    return compact({
      productId: l.optId('productId'),
      name: l.text('name', 200),
      unit: l.text('unit', 100),
      unitPriceMinor: l.num('unitPriceMinor', 0, AMOUNT_MAX),
      quantity: l.num('quantity', 0, 1e6, false),
    });
  } catch {
    // Report the line's trouble against the sale that holds it: the seller knows sales.
    return r.fail('lines');
  }
}

export function normaliseSale(raw: unknown, n: number): Sale {
  const r = Fields.of('sales', raw, n);
  const lines = r.get('lines');
  if (!Array.isArray(lines) || lines.length > 500) return r.fail('lines');
  const saleLines = lines.map((line: unknown) => normaliseLine(r, line));
  return compact({
    id: r.id(),
    customerId: r.optId('customerId'),
    at: r.time('at'),
    lines: saleLines,
    // Derived from the lines (the v3 index behind "who bought this product"): rebuilt, not trusted.
    productIds: productIdsOf(saleLines),
    totalMinor: r.num('totalMinor', 0, AMOUNT_MAX),
    manualTotal: r.bool('manualTotal'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseGift(raw: unknown, n: number): Gift {
  const r = Fields.of('gifts', raw, n);
  return compact({
    id: r.id(),
    customerId: r.optId('customerId'),
    at: r.time('at'),
    what: r.text('what', 1000),
    reason: r.oneOf('reason', GIFT_REASONS),
    valueMinor: r.optNum('valueMinor', 0, AMOUNT_MAX),
    saleId: r.optId('saleId'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseReservation(raw: unknown, n: number): Reservation {
  const r = Fields.of('reservations', raw, n);
  return compact({
    id: r.id(),
    customerId: r.id('customerId'),
    productId: r.id('productId'),
    quantity: r.num('quantity', 0, 1e6, false),
    note: r.optText('note'),
    wantedOn: r.optDay('wantedOn'),
    advanceMinor: r.optNum('advanceMinor', 0, AMOUNT_MAX),
    status: r.oneOf('status', RESERVATION_STATUSES),
    readyAt: r.optTime('readyAt'),
    saleId: r.optId('saleId'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseOutbox(raw: unknown, n: number): OutboxMessage {
  const r = Fields.of('outbox', raw, n);
  return compact({
    id: r.id(),
    customerId: r.optId('customerId'),
    kind: r.oneOf('kind', OUTBOX_KINDS),
    text: r.text('text', 10_000),
    status: r.oneOf('status', OUTBOX_STATUSES),
    saleId: r.optId('saleId'),
    giftId: r.optId('giftId'),
    reservationId: r.optId('reservationId'),
    productId: r.optId('productId'),
    sentAt: r.optTime('sentAt'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

/** 10 MB of base64 for one photo is far above what the app stores (small compressed images). */
const PHOTO_BASE64_MAX = 10 * 1024 * 1024;

export function normalisePhoto(raw: unknown, n: number): Photo {
  const r = Fields.of('photos', raw, n);
  const type = r.text('type', 100);
  if (!/^image\/[a-z0-9.+-]+$/.test(type)) r.fail('type');
  const base64 = r.text('base64', PHOTO_BASE64_MAX);
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) r.fail('base64');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return {
    id: r.id(),
    blob: new Blob([bytes], { type }),
    width: r.num('width', 1, 20_000),
    height: r.num('height', 1, 20_000),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  };
}
