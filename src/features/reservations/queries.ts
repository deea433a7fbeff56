import type { AssohDB } from '../../db/db';
import type { Customer, Product, Reservation } from '../../lib/domain';

export interface ReservationRow {
  reservation: Reservation;
  customer?: Customer;
  product?: Product;
}

/** Waiting and ready reservations, through the status index, with their customer and product. */
export async function listOpenReservations(db: AssohDB): Promise<ReservationRow[]> {
  const rows = await db.reservations.where('status').anyOf('waiting', 'ready').toArray();
  rows.sort((a, b) => a.createdAt - b.createdAt);
  const [customers, products] = await Promise.all([
    db.customers.bulkGet([...new Set(rows.map((r) => r.customerId))]),
    db.products.bulkGet([...new Set(rows.map((r) => r.productId))]),
  ]);
  const c = new Map(customers.filter((x): x is Customer => Boolean(x)).map((x) => [x.id, x]));
  const p = new Map(products.filter((x): x is Product => Boolean(x)).map((x) => [x.id, x]));
  return rows.map((reservation) => ({
    reservation,
    customer: c.get(reservation.customerId),
    product: p.get(reservation.productId),
  }));
}

export function listReservableProducts(db: AssohDB): Promise<Product[]> {
  return db.products.orderBy('nameKey').toArray();
}

export async function getReservationCustomer(db: AssohDB, id: string): Promise<Customer | null> {
  return (await db.customers.get(id)) ?? null;
}

/** A reservation still to hand over, with its product, for the sale form ("Vendre"); else null. */
export async function getReservationForSale(
  db: AssohDB,
  id: string,
): Promise<{ reservation: Reservation; product: Product } | null> {
  const reservation = await db.reservations.get(id);
  if (!reservation || (reservation.status !== 'waiting' && reservation.status !== 'ready'))
    return null;
  const product = await db.products.get(reservation.productId);
  return product ? { reservation, product } : null;
}
