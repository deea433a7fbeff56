import type { AssohDB } from '../../db/db';
import type { Photo, Product } from '../../lib/domain';

/** The seller's products to pick from, by name. */
export async function listStoryProducts(db: AssohDB): Promise<Product[]> {
  return db.products.orderBy('nameKey').toArray();
}

export async function getStoryProduct(db: AssohDB, id: string): Promise<Product | null> {
  return (await db.products.get(id)) ?? null;
}

export interface ThankableCustomer {
  id: string;
  firstName: string;
  nickname?: string;
}

/**
 * Customers a thank-you card may name: only those who accept messages (seeds/003: loyalty is not
 * retention). The nickname is there to tell two Awa apart in the list; the card shows the first
 * name only.
 */
export async function listThankableCustomers(db: AssohDB): Promise<ThankableCustomer[]> {
  const rows = await db.customers
    .orderBy('nameKey')
    .filter((c) => c.acceptsMessages === true)
    .toArray();
  return rows.map(({ id, firstName, nickname }) => ({ id, firstName, nickname }));
}

/** A customer's first name for the card, or null if they do not accept messages (or are gone). */
export async function getThankedFirstName(db: AssohDB, id: string): Promise<string | null> {
  const c = await db.customers.get(id);
  return c?.acceptsMessages ? c.firstName : null;
}

export async function getPhoto(db: AssohDB, id: string): Promise<Photo | null> {
  return (await db.photos.get(id)) ?? null;
}
