import type { AssohDB } from '../../db/db';
import { insertMessages, type MessageDraft } from '../../db/outbox-rows';
import { deleteRows } from '../../db/tombstones';
import type { ContactChannel, Customer, Profile, Settings } from '../../lib/domain';
import { UserError, ValidationError, textError } from '../../i18n/errors';
import { fillTemplate, productValues } from '../../lib/templates';
import { sellerValues, templateText } from '../../i18n/templates';
import { TEXT_MAX, THANKS_EXPIRE_DAYS_MAX, textProblem } from '../../lib/limits';
import { expiredIds } from './queries';
import { editTime } from '../../lib/merge';

export type { MessageDraft };

function checkText(text: string): void {
  if (!text.trim()) throw new ValidationError({ text: { key: 'outbox.empty.text' } });
  const problem = textProblem(text, TEXT_MAX.message);
  if (problem === 'too-long')
    throw new ValidationError({
      text: { key: 'outbox.tooLong', params: { max: TEXT_MAX.message } },
    });
  if (problem) throw new ValidationError({ text: textError(problem, TEXT_MAX.message) });
}

/** Prepared messages wait in the outbox; customers who said no get none (counted in `refused`). */
export async function queueMessages(
  db: AssohDB,
  drafts: MessageDraft[],
): Promise<{ queued: number; refused: number }> {
  for (const d of drafts) checkText(d.text);
  return db.transaction('rw', db.outbox, db.customers, async () => {
    const { queued, refused } = await insertMessages(db, drafts);
    return { queued: queued.length, refused };
  });
}

/** The thank-you after a sale, from the seller's "merci" template. */
export function thanksDraft(settings: Settings, customer: Customer, saleId: string): MessageDraft {
  const text = fillTemplate(
    templateText('merci', settings.templates, settings.language),
    { ...sellerValues(settings), prenom: customer.firstName },
    settings.language,
  );
  return { customerId: customer.id, kind: 'merci', text, saleId };
}

/**
 * The seller tapped "Envoyer…" or "Appeler": WhatsApp, the messages app or the dialer opens, but
 * nothing says the message left (offline, WhatsApp may not even open). It is "opened" until she
 * answers "Envoyé ?".
 */
export async function markOpened(db: AssohDB, id: string, via: ContactChannel): Promise<void> {
  const now = Date.now();
  const n = await db.outbox
    .where('id')
    .equals(id)
    .and((m) => m.status !== 'sent')
    .modify((m) => {
      m.status = 'opened';
      m.openedAt = now;
      m.via = via;
      m.updatedAt = editTime(m.updatedAt, now);
    });
  if (!n) throw new UserError('common.error');
}

/** "Envoyé ? — Oui". */
export async function markSent(db: AssohDB, id: string): Promise<void> {
  const now = Date.now();
  const n = await db.outbox.update(id, (m) => {
    m.status = 'sent';
    m.sentAt = now;
    m.updatedAt = editTime(m.updatedAt, now);
  });
  if (!n) throw new UserError('common.error');
}

/** "Pas encore", or the undo of "sent": the message waits again. */
export async function markPending(db: AssohDB, id: string): Promise<void> {
  await db.outbox
    .where('id')
    .equals(id)
    .modify((m) => {
      m.status = 'pending';
      delete m.sentAt;
      delete m.openedAt;
      delete m.via;
      m.updatedAt = editTime(m.updatedAt);
    });
}

export async function deleteMessage(db: AssohDB, id: string): Promise<void> {
  await db.transaction('rw', db.outbox, db.tombstones, () => deleteRows(db, 'outbox', [id]));
}

/**
 * "Tout effacer" in Expirés: every message aged out, worked out again inside the transaction, so
 * one that has become true meanwhile (the product is back) stays. Each leaves a tombstone, like
 * every deletion: a merge or a sync never brings them back.
 */
export async function clearExpired(db: AssohDB, now = Date.now()): Promise<number> {
  return db.transaction('rw', [db.outbox, db.products, db.settings, db.tombstones], async () => {
    const ids = await expiredIds(db, now);
    await deleteRows(db, 'outbox', ids);
    return ids.length;
  });
}

/** "Un merci expire après … jours". */
export async function setThanksExpireDays(db: AssohDB, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 1 || days > THANKS_EXPIRE_DAYS_MAX)
    throw new ValidationError({ expireDays: { key: 'form.invalidChoice' } });
  await db.settings.update('seller', (s) => {
    s.thanksExpireDays = days;
    s.updatedAt = editTime(s.updatedAt);
  });
}

export type Audience =
  | { kind: 'all' }
  | { kind: 'bought'; productId: string }
  | { kind: 'profile'; profile: Profile }
  | { kind: 'reserved'; productId: string };

/**
 * Who an announcement reaches, through indexes: numbers (phone), buyers (*productIds),
 * a profile (profile), waiting reservations ([productId+status]).
 */
export async function audienceOf(
  db: AssohDB,
  audience: Audience,
): Promise<{ reach: Customer[]; refused: Customer[] }> {
  let customers: Customer[];
  if (audience.kind === 'all') {
    customers = await db.customers.where('phone').above('').toArray();
  } else if (audience.kind === 'profile') {
    customers = await db.customers.where('profile').equals(audience.profile).toArray();
  } else {
    const ids = new Set<string>();
    if (audience.kind === 'bought') {
      await db.sales
        .where('productIds')
        .equals(audience.productId)
        .each((s) => s.customerId && ids.add(s.customerId));
    } else {
      const rows = await db.reservations
        .where('[productId+status]')
        .equals([audience.productId, 'waiting'])
        .toArray();
      for (const r of rows) ids.add(r.customerId);
    }
    customers = (await db.customers.bulkGet([...ids])).filter((c): c is Customer => Boolean(c));
  }
  customers.sort((a, b) => a.nameKey.localeCompare(b.nameKey));
  return {
    reach: customers.filter((c) => c.acceptsMessages),
    refused: customers.filter((c) => !c.acceptsMessages),
  };
}

/** One personalised "arrivage" message per customer of the audience; consent kept by insertMessages. */
export async function announce(
  db: AssohDB,
  settings: Settings,
  input: { productId: string; audience: Audience; template: string },
): Promise<{ queued: number; refused: number }> {
  const product = await db.products.get(input.productId);
  if (!product) throw new UserError('products.notFound');
  const { reach, refused } = await audienceOf(db, input.audience);
  const drafts = reach.map((c) => ({
    customerId: c.id,
    kind: 'arrivage' as const,
    productId: product.id,
    text: fillTemplate(
      input.template,
      {
        ...sellerValues(settings),
        ...productValues(product, settings.language),
        prenom: c.firstName,
      },
      settings.language,
    ),
  }));
  const result = await queueMessages(db, drafts);
  return { queued: result.queued, refused: refused.length + result.refused };
}

/**
 * Opened straight from the compose screen: kept in the outbox as opened, so the outbox asks
 * "Envoyé ?" like for any other message. Consent is kept by insertMessages.
 */
export async function recordOpenedNow(
  db: AssohDB,
  draft: MessageDraft,
  via: ContactChannel,
): Promise<void> {
  checkText(draft.text);
  await db.transaction('rw', db.outbox, db.customers, async () => {
    const { queued } = await insertMessages(db, [draft]);
    const now = Date.now();
    for (const m of queued)
      await db.outbox.update(m.id, (row) => {
        row.status = 'opened';
        row.openedAt = now;
        row.via = via;
        row.updatedAt = editTime(row.updatedAt, now);
      });
  });
}
