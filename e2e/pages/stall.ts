import { expect, type Page } from '@playwright/test';

/** The stall's everyday actions, driven through the screens as a seller would. */
export class Stall {
  constructor(private readonly page: Page) {}

  async addProduct(name: string, price: string, unit: string, available = true) {
    const p = this.page;
    await p.getByRole('link', { name: 'Plus' }).click();
    await p.getByRole('link', { name: 'Produits' }).click();
    await p.getByRole('link', { name: /Ajouter mon premier produit|Nouveau produit/ }).click();
    await p.getByLabel('Nom du produit').fill(name);
    await p.getByLabel(/^Prix/).fill(price);
    await p.getByLabel('Unité').fill(unit);
    if (!available) await p.getByRole('button', { name: 'Prochaine récolte' }).click();
    await p.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(p.getByRole('link', { name: new RegExp(name) })).toBeVisible();
  }

  /** Creates a customer and lands on her card. */
  async addCustomer(
    firstName: string,
    opts: {
      nickname?: string;
      phone?: string;
      area?: string;
      /** "Moyen de contact", when not WhatsApp. */
      channel?: 'SMS' | 'Appel';
      refusesMessages?: boolean;
    } = {},
  ) {
    const p = this.page;
    await p.getByRole('link', { name: 'Clients', exact: true }).click();
    await p.getByRole('link', { name: 'Nouveau client' }).first().click();
    await p.getByLabel('Prénom').fill(firstName);
    if (opts.nickname) await p.getByLabel('Surnom / signe distinctif').fill(opts.nickname);
    if (opts.phone) await p.getByLabel(/^Téléphone/).fill(opts.phone);
    if (opts.channel) await p.getByRole('radio', { name: opts.channel }).check();
    if (opts.area) await p.getByLabel('Quartier / village').fill(opts.area);
    if (opts.refusesMessages) await p.getByLabel('Accepte les messages').uncheck();
    await p.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(p.getByRole('heading', { name: firstName, level: 1 })).toBeVisible();
  }

  /** From the customer's card: a sale of one unit of `product`. */
  async sellFromCard(product: string) {
    const p = this.page;
    await p.getByRole('link', { name: 'Vente', exact: true }).first().click();
    await p.getByRole('button', { name: new RegExp(`^${product}`) }).click();
    await p.getByRole('button', { name: 'Enregistrer la vente' }).click();
    // The sale screen gone: the previous sale's "Vente enregistrée" (an undo keeps its time)
    // could otherwise pass for this one's while it is still being saved.
    await expect(p.getByRole('button', { name: 'Enregistrer la vente' })).toHaveCount(0);
    await expect(p.getByText(/Vente enregistrée/).last()).toBeVisible();
  }
}
