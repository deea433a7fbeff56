import { createDb, type AssohDB } from '../db/db';
import type { CustomerInput } from '../features/customers/commands';
import type { ProductInput } from '../features/products/commands';
import type { Customer, Product, Settings } from '../lib/domain';

/** A fresh, empty database per test. */
export function freshDb(): AssohDB {
  return createDb(`test-${crypto.randomUUID()}`);
}

/** A seller's settings: Awa, at Adjamé in Côte d'Ivoire, in French, with `over` on top. */
export function sellerSettings(over: Partial<Settings> = {}): Settings {
  return {
    id: 'seller',
    sellerName: 'Awa',
    sellerPhone: '+2250707123456',
    country: 'CI',
    currency: 'XOF',
    marketName: 'Adjamé',
    marketDay: 6,
    language: 'fr',
    templates: {},
    inactiveDays: 30,
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

export function customerInput(over: Partial<CustomerInput> = {}): CustomerInput {
  return {
    firstName: 'Adèle',
    nickname: '',
    phone: '',
    area: '',
    recommendedById: '',
    profile: '',
    notes: '',
    acceptsMessages: true,
    channel: 'whatsapp',
    ...over,
  };
}

export function productInput(over: Partial<ProductInput> = {}): ProductInput {
  return {
    name: 'Piment frais',
    price: '500',
    unit: 'tas',
    available: true,
    emoji: '🌶️',
    color: '',
    ...over,
  };
}

/** A customer row as stored, named `id` (first name and search word alike), with `over` on top. */
export function customerRow(id: string, over: Partial<Customer> = {}): Customer {
  return {
    id,
    firstName: id,
    acceptsMessages: true,
    channel: 'whatsapp',
    searchWords: [id],
    nameKey: id,
    lastSeenAt: 1,
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}

/** A product row as stored: a "tas" of mangoes at 500, available or not, with `over` on top. */
export function mangoRow(available: boolean, over: Partial<Product> = {}): Product {
  return {
    id: 'mango',
    name: 'Mangue',
    nameKey: 'mangue',
    priceMinor: 500,
    unit: 'tas',
    available,
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}
