import { Dexie, type EntityTable } from 'dexie';
import { schemaV1 } from './schema';
import type {
  Customer,
  Gift,
  OutboxMessage,
  Photo,
  Product,
  Reservation,
  Sale,
  Settings,
} from './types';

export const DB_NAME = 'assoh';

export type AssohDB = Dexie & {
  settings: EntityTable<Settings, 'id'>;
  customers: EntityTable<Customer, 'id'>;
  products: EntityTable<Product, 'id'>;
  sales: EntityTable<Sale, 'id'>;
  gifts: EntityTable<Gift, 'id'>;
  reservations: EntityTable<Reservation, 'id'>;
  outbox: EntityTable<OutboxMessage, 'id'>;
  photos: EntityTable<Photo, 'id'>;
};

/**
 * The version chain. `upTo` exists for migration tests: open a database as an older release
 * would, write its rows, then open it with the whole chain and check them.
 */
export function declareVersions(db: Dexie, upTo = Infinity): void {
  if (upTo >= 1) db.version(1).stores(schemaV1);
  // Next: if (upTo >= 2) db.version(2).stores(schemaV2).upgrade(migrateToV2);
}

export function createDb(name = DB_NAME, upTo = Infinity): AssohDB {
  const db = new Dexie(name) as AssohDB;
  declareVersions(db, upTo);
  return db;
}

export const db: AssohDB = createDb();

export function newId(): string {
  return crypto.randomUUID();
}
