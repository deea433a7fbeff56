import { expect, type Page } from '@playwright/test';

export interface SellerDetails {
  name?: string;
  phone?: string;
  /** ISO code, e.g. CI */
  country?: string;
  market?: string;
  /** 0–6, as Date#getDay */
  day?: number;
}

/** The first-run screen, driven as a seller would. */
export class SetupPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Bienvenue sur Assoh' })).toBeVisible();
  }

  async fill(d: SellerDetails) {
    const p = this.page;
    if (d.name !== undefined) await p.getByLabel('Votre nom').fill(d.name);
    if (d.country) await p.getByLabel('Pays').selectOption(d.country);
    if (d.phone !== undefined) await p.getByLabel('Votre numéro WhatsApp').fill(d.phone);
    if (d.market !== undefined) await p.getByLabel('Nom du marché').fill(d.market);
    if (d.day !== undefined) await p.getByLabel('Jour de marché').selectOption(String(d.day));
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Commencer' }).click();
  }

  /** Completes the setup for a seller of Côte d'Ivoire and waits for the home screen. */
  async completeAsAwa() {
    await this.open();
    await this.fill({
      name: 'Maman Awa',
      country: 'CI',
      phone: '07 07 00 00 01',
      market: 'Treichville',
      day: 6,
    });
    await this.submit();
    await expect(this.page.getByRole('heading', { name: 'Bonjour Maman Awa' })).toBeVisible();
  }
}
