import type { AssohDB } from '../../db/db';
import { newId } from '../../db/db';
import { deleteRows } from '../../db/tombstones';
import type { ContactChannel, Customer, Profile } from '../../lib/domain';
import { CONTACT_CHANNELS } from '../../lib/contact-link';
import { ValidationError, UserError, textError, type FieldError } from '../../i18n/errors';
import { TEXT_MAX, textProblem } from '../../lib/limits';
import { parsePhone } from '../../lib/phone';
import { phoneError } from '../../i18n/phone-errors';
import { customerNameKey, customerSearchWords, tidy } from '../../lib/text';
import { persistAfterFirstWrite } from '../../pwa/storage';
import { editTime } from '../../lib/merge';

export interface CustomerInput {
  firstName: string;
  nickname: string;
  /** As typed; parsed with the seller's country as default. */
  phone: string;
  area: string;
  recommendedById: string;
  profile: Profile | '';
  notes: string;
  /** Consent to messages, whatever the channel. */
  acceptsMessages: boolean;
  /** "Moyen de contact". */
  channel: ContactChannel;
}

/** The form's limits, from the one module restore checks too. */
export const LIMITS = {
  firstName: TEXT_MAX.firstName,
  nickname: TEXT_MAX.nickname,
  area: TEXT_MAX.area,
  notes: TEXT_MAX.notes,
} as const;
const PROFILES: readonly Profile[] = ['consommateur', 'acheteur-pour-autres', 'prescripteur'];

interface Options {
  /** The seller's country: the default for numbers typed without +code. */
  country: string;
  /** The seller saw the duplicate-number warning and saves anyway. */
  allowDuplicatePhone?: boolean;
}

async function validate(db: AssohDB, input: CustomerInput, opts: Options, selfId?: string) {
  const errors: Record<string, FieldError> = {};
  const firstName = tidy(input.firstName);
  const nickname = tidy(input.nickname);
  const area = tidy(input.area);
  const notes = input.notes.trim();
  if (!firstName) errors.firstName = { key: 'customers.errorFirstName' };
  for (const [field, value] of [
    ['firstName', firstName],
    ['nickname', nickname],
    ['area', area],
    ['notes', notes],
  ] as const) {
    const problem = errors[field] ? null : textProblem(value, LIMITS[field]);
    if (problem) errors[field] = textError(problem, LIMITS[field]);
  }
  if (input.profile && !PROFILES.includes(input.profile))
    errors.profile = { key: 'form.invalidChoice' };
  if (!CONTACT_CHANNELS.includes(input.channel)) errors.channel = { key: 'form.invalidChoice' };
  // WhatsApp and SMS can ask for the contact; a call cannot be made without a number.
  else if (input.channel === 'call' && !input.phone.trim())
    errors.channel = { key: 'customers.callNeedsNumber' };

  let recommendedById: string | undefined;
  if (input.recommendedById && input.recommendedById !== selfId) {
    if (await db.customers.get(input.recommendedById)) recommendedById = input.recommendedById;
    else errors.recommendedById = { key: 'form.invalidChoice' };
  }

  let phone: string | undefined;
  if (input.phone.trim()) {
    const parsed = await parsePhone(input.phone, opts.country);
    if (!parsed.ok) errors.phone = phoneError(parsed.reason, opts.country);
    else {
      phone = parsed.e164;
      if (!opts.allowDuplicatePhone) {
        const other = await db.customers
          .where('phone')
          .equals(phone)
          .and((c) => c.id !== selfId)
          .first();
        if (other) {
          errors.phone = {
            key: 'customers.duplicatePhone',
            params: {
              name: other.nickname ? `${other.firstName} (${other.nickname})` : other.firstName,
            },
          };
        }
      }
    }
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return {
    firstName,
    nickname: nickname || undefined,
    area: area || undefined,
    notes: notes || undefined,
    phone,
    recommendedById,
    profile: input.profile || undefined,
    acceptsMessages: input.acceptsMessages,
    channel: input.channel,
    searchWords: customerSearchWords({ firstName, nickname, area }),
    nameKey: customerNameKey(firstName, nickname),
  };
}

export async function createCustomer(
  db: AssohDB,
  input: CustomerInput,
  opts: Options,
): Promise<Customer> {
  const fields = await validate(db, input, opts);
  const now = Date.now();
  // A new customer is standing at the stall: she counts as seen today.
  const customer: Customer = {
    id: newId(),
    ...fields,
    lastSeenAt: now,
    createdAt: now,
    updatedAt: now,
  };
  await db.customers.add(customer);
  persistAfterFirstWrite();
  return customer;
}

export async function updateCustomer(
  db: AssohDB,
  id: string,
  input: CustomerInput,
  opts: Options,
): Promise<void> {
  const fields = await validate(db, input, opts, id);
  await db.transaction('rw', db.customers, async () => {
    const existing = await db.customers.get(id);
    if (!existing) throw new UserError('customers.notFound');
    await db.customers.put({ ...existing, ...fields, updatedAt: editTime(existing.updatedAt) });
  });
}

/**
 * Deletes a customer after the seller confirmed. Her sales stay in the day's and month's totals as
 * "client de passage"; her gifts likewise; what only concerned her (reservations, messages not
 * yet sent, her credit book: the confirmation says what she still owes) goes; customers she
 * recommended keep their own record. One transaction.
 */
export async function deleteCustomer(db: AssohDB, id: string): Promise<void> {
  const now = Date.now();
  await db.transaction(
    'rw',
    [db.customers, db.sales, db.gifts, db.reservations, db.outbox, db.tombstones, db.creditEntries],
    async () => {
      const entries = await db.creditEntries
        .where('[customerId+at]')
        .between([id, -Infinity], [id, Infinity])
        .primaryKeys();
      await deleteRows(db, 'creditEntries', entries, now);
      await db.sales
        .where('[customerId+at]')
        .between([id, -Infinity], [id, Infinity])
        .modify((s) => {
          delete s.customerId;
          s.updatedAt = editTime(s.updatedAt, now);
        });
      await db.gifts
        .where('[customerId+at]')
        .between([id, -Infinity], [id, Infinity])
        .modify((g) => {
          delete g.customerId;
          g.updatedAt = editTime(g.updatedAt, now);
        });
      const reservations = await db.reservations.where('customerId').equals(id).primaryKeys();
      await deleteRows(db, 'reservations', reservations, now);
      const messages = await db.outbox.where('customerId').equals(id).primaryKeys();
      await deleteRows(db, 'outbox', messages, now);
      await db.customers
        .where('recommendedById')
        .equals(id)
        .modify((c) => {
          delete c.recommendedById;
          c.updatedAt = editTime(c.updatedAt, now);
        });
      await deleteRows(db, 'customers', [id], now);
    },
  );
}
