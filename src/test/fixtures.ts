import { createDb, type AssohDB } from '../db/db';
import type { CustomerInput } from '../features/customers/commands';
import type { ProductInput } from '../features/products/commands';

/** A fresh, empty database per test. */
export function freshDb(): AssohDB {
  return createDb(`test-${crypto.randomUUID()}`);
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
