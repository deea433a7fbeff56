/**
 * The credit book's writes. Each adds versions (db/credit-rows.ts) and never rewrites one, in one
 * transaction with the customer's cached figures and, where asked, her message.
 */
import type { AssohDB } from '../../db/db';
import { newId } from '../../db/db';
import { addEntries, appendEntries, firstVersion, lineOf } from '../../db/credit-rows';
import { refreshCustomers } from '../../db/customer-activity';
import { insertMessages, type MessageDraft } from '../../db/outbox-rows';
import { UserError, ValidationError, textError, type FieldError } from '../../i18n/errors';
import type { CreditEntry, Customer, PaymentWay, Settings } from '../../lib/domain';
import { DAY_MS, startOfDay } from '../../lib/dates';
import { correctionOf, voidOf, type EntryChanges } from '../../lib/ledger';
import { AMOUNT_MAX_MINOR, PROMISE_MAX_DAYS, TEXT_MAX, textProblem } from '../../lib/limits';
import { formatMoney } from '../../lib/money';
import { sellerValues, templateText } from '../../i18n/templates';
import { fillTemplate } from '../../lib/templates';
import { tidy } from '../../lib/text';
import { persistAfterFirstWrite } from '../../pwa/storage';
import { editTime } from '../../lib/merge';

export const PAYMENT_WAYS: readonly PaymentWay[] = [
  'especes',
  'wave',
  'orange-money',
  'mtn-momo',
  'moov-money',
  'autre',
];

/** Everything a credit write touches: the entries, her row and what her row is derived from. */
const LEDGER = (db: AssohDB) => [db.creditEntries, db.customers, db.sales, db.gifts];

function checkAmount(minor: number, errors: Record<string, FieldError>): void {
  if (!Number.isSafeInteger(minor) || minor <= 0) errors.amount = { key: 'credit.errorAmount' };
  else if (minor > AMOUNT_MAX_MINOR) errors.amount = { key: 'money.too-large' };
}

function checkNote(note: string, errors: Record<string, FieldError>): string | undefined {
  const tidied = tidy(note);
  const problem = textProblem(tidied, TEXT_MAX.creditNote);
  if (problem) errors.note = textError(problem, TEXT_MAX.creditNote);
  return tidied || undefined;
}

function checkDue(dueAt: number | undefined, now: number, errors: Record<string, FieldError>) {
  if (dueAt === undefined) return;
  if (!Number.isSafeInteger(dueAt) || dueAt > startOfDay(now) + PROMISE_MAX_DAYS * DAY_MS)
    errors.due = { key: 'form.invalidChoice' };
}

function throwIfAny(errors: Record<string, FieldError>): void {
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

async function customerOf(db: AssohDB, id: string): Promise<Customer> {
  const customer = await db.customers.get(id);
  if (!customer) throw new UserError('customers.notFound');
  return customer;
}

/** Her figures in words, for {reste} and {montant}: what she owes, never a negative. */
function creditValues(settings: Settings, customer: Customer, paidMinor?: number) {
  const money = (minor: number) => formatMoney(minor, settings.currency, settings.language);
  return {
    ...sellerValues(settings),
    prenom: customer.firstName,
    reste: money(Math.max(0, customer.creditBalanceMinor ?? 0)),
    montant: paidMinor === undefined ? undefined : money(paidMinor),
    // Without details the reminder reads on without them, rather than showing "{paiement}".
    paiement: settings.paymentDetails?.trim() || null,
  };
}

export interface PaymentInput {
  customerId: string;
  /** What is counted: what she handed over, or what she owed when the seller gave change. */
  amountMinor: number;
  way: PaymentWay;
  note: string;
  /** Prepare her "reçu" in the outbox (if she accepts messages). */
  receipt: boolean;
}

export interface PaymentResult {
  entry: CreditEntry;
  receipt: boolean;
  /** Her row as the transaction committed it (new balance, owed since, promise). */
  customer: Customer;
}

/**
 * "Paiement reçu": the payment, her new figures and, if asked, her receipt ("reçu", with what is
 * left to pay) land together. More than she owes is kept as her advance, for her next credit.
 */
export async function recordPayment(
  db: AssohDB,
  input: PaymentInput,
  now = Date.now(),
): Promise<PaymentResult> {
  const errors: Record<string, FieldError> = {};
  checkAmount(input.amountMinor, errors);
  if (!PAYMENT_WAYS.includes(input.way)) errors.way = { key: 'form.invalidChoice' };
  const note = checkNote(input.note, errors);
  throwIfAny(errors);
  const entry = firstVersion(
    {
      customerId: input.customerId,
      kind: 'paiement',
      amountMinor: input.amountMinor,
      at: now,
      way: input.way,
      note,
    },
    now,
  );
  const result = await db.transaction('rw', [...LEDGER(db), db.outbox, db.settings], async () => {
    // Her row, the seller's settings (for the receipt) and the entry's write at once: one round
    // trip on a slow phone, not two. If she is not there, the error aborts the transaction, and
    // the entry's write with it.
    const [, settings] = await Promise.all([
      customerOf(db, input.customerId),
      input.receipt ? db.settings.get('seller') : undefined,
      addEntries(db, [entry]),
    ]);
    const [customer] = await refreshCustomers(db, [input.customerId]);
    if (!customer) throw new UserError('customers.notFound');
    if (!input.receipt || !settings) return { entry, receipt: false, customer };
    const text = fillTemplate(
      templateText('recu', settings.templates, settings.language),
      creditValues(settings, customer, input.amountMinor),
      settings.language,
    );
    const { queued } = await insertMessages(
      db,
      [{ customerId: customer.id, kind: 'recu', text }],
      [customer],
    );
    return { entry, receipt: queued.length > 0, customer };
  });
  persistAfterFirstWrite();
  return result;
}

export interface CreditInput {
  customerId: string;
  amountMinor: number;
  dueAt?: number;
  note: string;
}

/** Goods taken on credit without a sale recorded ("Nouveau crédit"). */
export async function addCredit(
  db: AssohDB,
  input: CreditInput,
  now = Date.now(),
): Promise<CreditEntry> {
  const errors: Record<string, FieldError> = {};
  checkAmount(input.amountMinor, errors);
  checkDue(input.dueAt, now, errors);
  const note = checkNote(input.note, errors);
  throwIfAny(errors);
  const entry = await db.transaction('rw', LEDGER(db), async () => {
    await customerOf(db, input.customerId);
    const row = firstVersion(
      {
        customerId: input.customerId,
        kind: 'credit',
        amountMinor: input.amountMinor,
        at: now,
        dueAt: input.dueAt,
        note,
      },
      now,
    );
    await appendEntries(db, [row]);
    return row;
  });
  persistAfterFirstWrite();
  return entry;
}

export interface CorrectionInput {
  amountMinor: number;
  way?: PaymentWay;
  dueAt?: number;
  note: string;
}

/**
 * A correction: a new version of the entry with what changed; the old one stays on her card,
 * struck through ("corrigé le …"). Nothing is written when nothing changed.
 */
export async function correctEntry(
  db: AssohDB,
  ref: { customerId: string; lineId: string },
  input: CorrectionInput,
  now = Date.now(),
): Promise<void> {
  const errors: Record<string, FieldError> = {};
  checkAmount(input.amountMinor, errors);
  checkDue(input.dueAt, now, errors);
  const note = checkNote(input.note, errors);
  if (input.way !== undefined && !PAYMENT_WAYS.includes(input.way))
    errors.way = { key: 'form.invalidChoice' };
  throwIfAny(errors);
  await db.transaction('rw', LEDGER(db), async () => {
    const line = await lineOf(db, ref.customerId, ref.lineId);
    if (!line?.live) throw new UserError('credit.entryGone');
    const was = line.current;
    const changes: EntryChanges = { amountMinor: input.amountMinor, note };
    if (was.kind === 'credit') changes.dueAt = input.dueAt;
    else changes.way = input.way ?? was.way;
    const same = (Object.keys(changes) as Array<keyof EntryChanges>).every(
      (k) => changes[k] === was[k],
    );
    if (same) return;
    await appendEntries(db, [correctionOf(line, changes, newId(), now)]);
  });
}

/** Strikes an entry out ("annulé le …"): it stays visible and counts for nothing. */
export async function voidEntry(
  db: AssohDB,
  ref: { customerId: string; lineId: string },
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', LEDGER(db), async () => {
    const line = await lineOf(db, ref.customerId, ref.lineId);
    if (!line?.live) throw new UserError('credit.entryGone');
    await appendEntries(db, [voidOf(line, newId(), now)]);
  });
}

/** Days within which a second reminder asks first: a gentle book never nags. */
export const REMINDER_PAUSE_DAYS = 3;

/** The "rappel" for what she owes now, from the seller's template. */
export function reminderDraft(settings: Settings, customer: Customer): MessageDraft {
  const values = creditValues(settings, customer);
  return {
    customerId: customer.id,
    kind: 'rappel',
    text: fillTemplate(
      templateText('rappel', settings.templates, settings.language),
      values,
      settings.language,
    ),
  };
}

/**
 * Prepares a reminder in the outbox (consent kept there): the figures are read in the same
 * transaction, so the message says what she owes at this moment.
 */
export async function queueReminder(db: AssohDB, customerId: string): Promise<boolean> {
  return db.transaction('rw', [db.customers, db.outbox, db.settings], async () => {
    const [settings, customer] = await Promise.all([
      db.settings.get('seller'),
      customerOf(db, customerId),
    ]);
    if (!settings) throw new UserError('common.error');
    if ((customer.creditBalanceMinor ?? 0) <= 0) throw new UserError('credit.nothingOwed');
    const { queued } = await insertMessages(db, [reminderDraft(settings, customer)], [customer]);
    return queued.length > 0;
  });
}

/** The seller's mobile-money details for {paiement}: plain text, typed once in Réglages. */
export async function savePaymentDetails(db: AssohDB, text: string): Promise<void> {
  const details = text.trim();
  const problem = textProblem(details, TEXT_MAX.paymentDetails);
  if (problem) throw new ValidationError({ details: textError(problem, TEXT_MAX.paymentDetails) });
  await db.transaction('rw', db.settings, async () => {
    const settings = await db.settings.get('seller');
    if (!settings) throw new UserError('common.error');
    const next: Settings = { ...settings, updatedAt: editTime(settings.updatedAt) };
    if (details) next.paymentDetails = details;
    else delete next.paymentDetails;
    await db.settings.put(next);
  });
}
