import type { AssohDB } from '../../db/db';
import type { Product } from '../../lib/domain';

/** The seller's list, A to Z. A stall has tens of products, not thousands. */
export function listProducts(db: AssohDB): Promise<Product[]> {
  return db.products.orderBy('nameKey').toArray();
}

export async function getProduct(db: AssohDB, id: string): Promise<Product | null> {
  return (await db.products.get(id)) ?? null;
}
