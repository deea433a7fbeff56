import { expect, type Browser, type Page } from '@playwright/test';
import { couchPortFor } from '../server.mjs';
import { TEST_ADMIN } from '../../scripts/sync/couch-test-server.mjs';
import { addSeller } from '../../scripts/sync/add-seller.mjs';
import { waitForOfflineReady } from '../helpers';
import { SetupPage } from './setup-page';

const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
/** CouchDB itself, as the cooperative's admin reaches it (not through the app's /db/). */
export const COUCH_URL = `http://127.0.0.1:${couchPortFor(APP_PORT)}`;

export interface SellerAccount {
  url: string;
  username: string;
  password: string;
}

/** What the cooperative does first: her user, her database, its _security. */
export async function newSeller(baseURL: string): Promise<SellerAccount> {
  const name = `awa${Math.random().toString(36).slice(2, 8)}`;
  const s = await addSeller({ couchUrl: COUCH_URL, admin: TEST_ADMIN, name, publicUrl: baseURL });
  if (!s.password) throw new Error('no password');
  return { url: s.url, username: s.username, password: s.password };
}

const adminAuth = `Basic ${Buffer.from(`${TEST_ADMIN.username}:${TEST_ADMIN.password}`).toString('base64')}`;

/** The documents on the server, as the admin reads them (deleted ones by their id). */
export async function serverDocs(
  account: SellerAccount,
): Promise<{ live: Array<Record<string, unknown>>; deleted: string[] }> {
  const db = account.url.split('/').pop();
  const res = await fetch(`${COUCH_URL}/${db}/_changes?include_docs=true`, {
    headers: { Authorization: adminAuth },
  });
  const body = (await res.json()) as {
    results: Array<{ id: string; deleted?: boolean; doc?: Record<string, unknown> }>;
  };
  return {
    live: body.results.filter((r) => !r.deleted && r.doc).map((r) => r.doc ?? {}),
    deleted: body.results.filter((r) => r.deleted).map((r) => r.id),
  };
}

export async function serverFirstNames(account: SellerAccount): Promise<string[]> {
  const { live } = await serverDocs(account);
  return live
    .filter((d) => String(d._id).startsWith('customers:'))
    .map((d) => String(d.firstName))
    .sort();
}

/** A phone of her stall: its own browser profile, set up, ready to work offline. */
export async function newPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new SetupPage(page).completeAsAwa();
  await waitForOfflineReady(page);
  return page;
}

/** Réglages → Synchronisation, driven as the seller would. */
export class SyncPage {
  constructor(private readonly page: Page) {}

  async open() {
    const p = this.page;
    await p.getByRole('link', { name: 'Plus' }).click();
    await p.getByRole('link', { name: 'Réglages' }).click();
    await p.getByRole('link', { name: 'Ouvrir' }).click();
    await expect(p.getByRole('heading', { name: 'Synchronisation', level: 1 })).toBeVisible();
  }

  async turnOn(account: SellerAccount) {
    const p = this.page;
    await p.getByLabel('Adresse du carnet').fill(account.url);
    await p.getByLabel('Identifiant').fill(account.username);
    await p.getByLabel('Mot de passe').fill(account.password);
    await p.getByRole('button', { name: 'Activer' }).click();
  }

  status() {
    return this.page.getByTestId('sync-status');
  }

  async syncNow() {
    await this.page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  }
}
