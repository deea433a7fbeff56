/**
 * One normaliser per table for rows read from a backup file (see restore.ts): each rebuilds
 * the row from the fields it knows, checks each one's type and range, and refuses the file
 * with the record's number and field name otherwise.
 */
import { UserError } from '../i18n/errors';
import { LANGUAGE_CODES } from '../lib/languages';
import { isCalendarDay } from '../lib/dates';
import { CONTACT_CHANNELS } from '../lib/contact-link';
import {
  AMOUNT_MAX_MINOR,
  FUTURE_SLACK_MS,
  INACTIVE_DAYS_MAX,
  PROMISE_MAX_DAYS,
  QUANTITY_MAX,
  SALE_LINES_MAX,
  TEXT_MAX,
  THANKS_EXPIRE_DAYS_MAX,
  isFutureTime,
  textProblem,
} from '../lib/limits';
import { DAY_MS } from '../lib/dates';
import { TEMPLATE_KINDS } from '../lib/template-kinds';
import { customerNameKey, customerSearchWords, fold } from '../lib/text';
import { productIdsOf } from './sale-lines';
import type {
  CreditEntry,
  CreditKind,
  Customer,
  Gift,
  GiftReason,
  OutboxKind,
  OutboxMessage,
  OutboxStatus,
  PaymentWay,
  Photo,
  Product,
  Profile,
  Reservation,
  ReservationStatus,
  Sale,
  SaleLine,
  Settings,
  TemplateKind,
  Tombstone,
} from '../lib/domain';
import { RECORD_TABLES, type RecordTable } from '../lib/domain';

type Table = 'settings' | RecordTable | 'tombstones';

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

const ID_MAX = 100;
/** E.164: a +, then up to 15 digits, the first not 0. Checked by form, not by numbering plan:
 * plans change (Côte d'Ivoire 2021, Benin 2024) and a number saved then must still restore. */
const E164 = /^\+[1-9]\d{4,14}$/;

const PROFILES: readonly Profile[] = ['consommateur', 'acheteur-pour-autres', 'prescripteur'];
const GENDERS = ['m', 'f'] as const;
const GIFT_REASONS: readonly GiftReason[] = ['fidelite', 'excuse', 'recommandation', 'autre'];
const CREDIT_KINDS: readonly CreditKind[] = ['credit', 'paiement'];
const PAYMENT_WAYS: readonly PaymentWay[] = [
  'especes',
  'wave',
  'orange-money',
  'mtn-momo',
  'moov-money',
  'autre',
];
const OUTBOX_KINDS: readonly OutboxKind[] = [...TEMPLATE_KINDS, 'libre'];
const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'opened', 'sent'];
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
    private readonly now: number,
  ) {}

  static of(table: Table, raw: unknown, n: number, now: number): Fields {
    if (!isObject(raw)) throw new UserError(`backup.errorRecord.${table}`, { n, field: '—' });
    return new Fields(table, n, raw, now);
  }

  /** The same checks on a nested object (a sale's line), reported against this record. */
  nested(raw: Record<string, unknown>): Fields {
    return new Fields(this.table, this.n, raw, this.now);
  }

  fail(field: string): never {
    throw new UserError(`backup.errorRecord.${this.table}`, { n: this.n, field });
  }

  private absent(f: string): boolean {
    return this.raw[f] === undefined || this.raw[f] === null;
  }

  text(f: string, max: number): string {
    const v = this.raw[f];
    if (typeof v !== 'string' || textProblem(v, max)) this.fail(f);
    return v;
  }
  optText(f: string, max: number): string | undefined {
    return this.absent(f) ? undefined : this.text(f, max);
  }
  optPhone(f: string): string | undefined {
    const v = this.optText(f, 16);
    if (v !== undefined && !E164.test(v)) this.fail(f);
    return v;
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
  time(f: string): number {
    const v = this.num(f, 0, 8.64e15, false);
    if (isFutureTime(v, this.now))
      throw new UserError('backup.errorFuture', { n: this.n, field: f });
    return v;
  }
  amount(f: string): number {
    return this.num(f, 0, AMOUNT_MAX_MINOR);
  }
  optAmount(f: string): number | undefined {
    return this.absent(f) ? undefined : this.amount(f);
  }
  quantity(f: string): number {
    return this.num(f, Number.MIN_VALUE, QUANTITY_MAX, false);
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
  optNum(f: string, min: number, max: number): number | undefined {
    return this.absent(f) ? undefined : this.num(f, min, max);
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

export function normaliseSettings(raw: unknown, n: number, now: number): Settings {
  const r = Fields.of('settings', raw, n, now);
  if (r.get('id') !== 'seller') r.fail('id');
  const rawTemplates = r.get('templates') ?? {};
  if (!isObject(rawTemplates)) return r.fail('templates');
  const templates: Partial<Record<TemplateKind, string>> = {};
  const t = r.nested(rawTemplates);
  for (const kind of TEMPLATE_KINDS) {
    const text = t.optText(kind, TEXT_MAX.template);
    if (text !== undefined) templates[kind] = text;
  }
  const country = r.text('country', 2);
  if (!/^[A-Z]{2}$/.test(country)) r.fail('country');
  const currency = r.text('currency', 3);
  if (!/^[A-Z]{3}$/.test(currency)) r.fail('currency');
  return compact({
    id: 'seller',
    sellerName: r.text('sellerName', TEXT_MAX.sellerName),
    sellerPhone: r.optPhone('sellerPhone'),
    country,
    currency,
    marketName: r.text('marketName', TEXT_MAX.marketName),
    marketDay: r.num('marketDay', -1, 6),
    language: r.oneOf('language', LANGUAGE_CODES),
    templates,
    inactiveDays: r.num('inactiveDays', 1, INACTIVE_DAYS_MAX),
    paymentDetails: r.optText('paymentDetails', TEXT_MAX.paymentDetails) || undefined,
    thanksExpireDays: r.optNum('thanksExpireDays', 1, THANKS_EXPIRE_DAYS_MAX),
    lastBackupAt: r.optTime('lastBackupAt'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseCustomer(raw: unknown, n: number, now: number): Customer {
  const r = Fields.of('customers', raw, n, now);
  const firstName = r.text('firstName', TEXT_MAX.firstName);
  if (!firstName.trim()) r.fail('firstName');
  const nickname = r.optText('nickname', TEXT_MAX.nickname);
  const area = r.optText('area', TEXT_MAX.area);
  const createdAt = r.time('createdAt');
  // The search keys, lastSeenAt and the credit figures are derived data: rebuilt, never taken
  // from the file (the keys here; the others from the sales, gifts and credit entries once the
  // whole file is read).
  return compact({
    id: r.id(),
    firstName,
    nickname,
    phone: r.optPhone('phone'),
    area,
    recommendedById: r.optId('recommendedById'),
    profile: r.optOneOf('profile', PROFILES),
    notes: r.optText('notes', TEXT_MAX.notes),
    acceptsMessages: r.bool('acceptsMessages'),
    // Files from before v5 have no channel: WhatsApp, as the v5 upgrade gives every customer.
    channel: r.optOneOf('channel', CONTACT_CHANNELS) ?? 'whatsapp',
    searchWords: customerSearchWords({ firstName, nickname, area }),
    nameKey: customerNameKey(firstName, nickname),
    lastSeenAt: createdAt,
    createdAt,
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseProduct(raw: unknown, n: number, now: number): Product {
  const r = Fields.of('products', raw, n, now);
  const name = r.text('name', TEXT_MAX.productName);
  return compact({
    id: r.id(),
    name,
    nameKey: fold(name),
    priceMinor: r.amount('priceMinor'),
    unit: r.text('unit', TEXT_MAX.unit),
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
  const l = r.nested(raw);
  try {
    return compact({
      productId: l.optId('productId'),
      name: l.text('name', TEXT_MAX.productName),
      unit: l.text('unit', TEXT_MAX.unit),
      unitPriceMinor: l.amount('unitPriceMinor'),
      quantity: l.quantity('quantity'),
    });
  } catch (error) {
    // Report the line's trouble against the sale that holds it: the seller knows sales.
    if (error instanceof UserError && error.key.startsWith('backup.errorRecord')) r.fail('lines');
    throw error;
  }
}

export function normaliseSale(raw: unknown, n: number, now: number): Sale {
  const r = Fields.of('sales', raw, n, now);
  const lines = r.get('lines');
  if (!Array.isArray(lines) || lines.length > SALE_LINES_MAX) return r.fail('lines');
  const saleLines = lines.map((line: unknown) => normaliseLine(r, line));
  return compact({
    id: r.id(),
    customerId: r.optId('customerId'),
    at: r.time('at'),
    lines: saleLines,
    // Derived from the lines (the v3 index behind "who bought this product"): rebuilt, not trusted.
    productIds: productIdsOf(saleLines),
    totalMinor: r.amount('totalMinor'),
    manualTotal: r.bool('manualTotal'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseCreditEntry(raw: unknown, n: number, now: number): CreditEntry {
  const r = Fields.of('creditEntries', raw, n, now);
  const kind = r.oneOf('kind', CREDIT_KINDS);
  // A payment has a way and no promise; a credit a promise and no way: as the forms write them.
  if (kind === 'credit' && r.get('way') !== undefined) r.fail('way');
  if (kind === 'paiement' && r.get('dueAt') !== undefined) r.fail('dueAt');
  const voided = r.get('voided');
  if (voided !== undefined && voided !== true) r.fail('voided');
  return compact({
    id: r.id(),
    customerId: r.id('customerId'),
    lineId: r.id('lineId'),
    kind,
    // Whole minor units, never zero nor negative: a struck-out entry is a void, not a 0.
    amountMinor: r.num('amountMinor', 1, AMOUNT_MAX_MINOR),
    at: r.time('at'),
    saleId: r.optId('saleId'),
    way: kind === 'paiement' ? r.optOneOf('way', PAYMENT_WAYS) : undefined,
    // A promise lies ahead: up to the forms' limit, counted from the day the file is read.
    dueAt:
      kind === 'credit' && r.get('dueAt') !== undefined
        ? r.num('dueAt', 0, now + PROMISE_MAX_DAYS * DAY_MS + FUTURE_SLACK_MS)
        : undefined,
    note: r.optText('note', TEXT_MAX.creditNote),
    voided: voided === true ? true : undefined,
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseGift(raw: unknown, n: number, now: number): Gift {
  const r = Fields.of('gifts', raw, n, now);
  return compact({
    id: r.id(),
    customerId: r.optId('customerId'),
    at: r.time('at'),
    what: r.text('what', TEXT_MAX.giftWhat),
    reason: r.oneOf('reason', GIFT_REASONS),
    valueMinor: r.optAmount('valueMinor'),
    saleId: r.optId('saleId'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseReservation(raw: unknown, n: number, now: number): Reservation {
  const r = Fields.of('reservations', raw, n, now);
  return compact({
    id: r.id(),
    customerId: r.id('customerId'),
    productId: r.id('productId'),
    quantity: r.quantity('quantity'),
    note: r.optText('note', TEXT_MAX.reservationNote),
    wantedOn: r.optDay('wantedOn'),
    advanceMinor: r.optAmount('advanceMinor'),
    status: r.oneOf('status', RESERVATION_STATUSES),
    readyAt: r.optTime('readyAt'),
    saleId: r.optId('saleId'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

export function normaliseOutbox(raw: unknown, n: number, now: number): OutboxMessage {
  const r = Fields.of('outbox', raw, n, now);
  return compact({
    id: r.id(),
    customerId: r.optId('customerId'),
    kind: r.oneOf('kind', OUTBOX_KINDS),
    text: r.text('text', TEXT_MAX.message),
    status: r.oneOf('status', OUTBOX_STATUSES),
    saleId: r.optId('saleId'),
    giftId: r.optId('giftId'),
    reservationId: r.optId('reservationId'),
    productId: r.optId('productId'),
    openedAt: r.optTime('openedAt'),
    via: r.optOneOf('via', CONTACT_CHANNELS),
    sentAt: r.optTime('sentAt'),
    createdAt: r.time('createdAt'),
    updatedAt: r.time('updatedAt'),
  });
}

/** 10 MB of base64 for one photo is far above what the app stores (small compressed images). */
const PHOTO_BASE64_MAX = 10 * 1024 * 1024;

export function normalisePhoto(raw: unknown, n: number, now: number): Photo {
  const r = Fields.of('photos', raw, n, now);
  const type = r.text('type', 100);
  if (!/^image\/[a-z0-9.+-]+$/.test(type)) r.fail('type');
  const base64 = r.get('base64');
  if (
    typeof base64 !== 'string' ||
    base64.length > PHOTO_BASE64_MAX ||
    base64.length % 4 !== 0 ||
    !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)
  )
    return r.fail('base64');
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

export function normaliseTombstone(raw: unknown, n: number, now: number): Tombstone {
  const r = Fields.of('tombstones', raw, n, now);
  return {
    table: r.oneOf('table', RECORD_TABLES),
    id: r.id(),
    deletedAt: r.time('deletedAt'),
  };
}
