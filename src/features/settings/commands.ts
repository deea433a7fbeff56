import type { AssohDB } from '../../db/db';
import type { Language, Settings, TemplateKind } from '../../lib/domain';
import { findCountry } from '../../lib/countries';
import { ValidationError, type FieldError } from '../../i18n/errors';
import { parsePhone } from '../../lib/phone';
import { tidy } from '../../lib/text';
import { phoneError } from '../../i18n/phone-errors';

export interface SellerInput {
  sellerName: string;
  sellerPhone: string;
  country: string;
  marketName: string;
  marketDay: number;
  language: Language;
}

export const NAME_MAX = 60;
export const DEFAULT_INACTIVE_DAYS = 21;

/** Validates the seller's details; the phone is parsed before any write begins. */
async function validateSeller(input: SellerInput) {
  const errors: Record<string, FieldError> = {};
  const sellerName = tidy(input.sellerName);
  const marketName = tidy(input.marketName);
  const country = findCountry(input.country);
  if (!sellerName) errors.sellerName = { key: 'setup.errorName' };
  else if (sellerName.length > NAME_MAX)
    errors.sellerName = { key: 'form.tooLong', params: { max: NAME_MAX } };
  if (!marketName) errors.marketName = { key: 'setup.errorMarket' };
  else if (marketName.length > NAME_MAX)
    errors.marketName = { key: 'form.tooLong', params: { max: NAME_MAX } };
  if (!country) errors.country = { key: 'form.invalidChoice' };
  if (!Number.isInteger(input.marketDay) || input.marketDay < -1 || input.marketDay > 6) {
    errors.marketDay = { key: 'form.invalidChoice' };
  }
  let sellerPhone: string | undefined;
  if (input.sellerPhone.trim() && country) {
    const parsed = await parsePhone(input.sellerPhone, country.code);
    if (parsed.ok) sellerPhone = parsed.e164;
    else errors.sellerPhone = phoneError(parsed.reason, country.code);
  }
  if (Object.keys(errors).length > 0 || !country) throw new ValidationError(errors);
  return { sellerName, marketName, sellerPhone, country };
}

/** First run and Réglages alike: the seller's own details. */
export async function saveSeller(db: AssohDB, input: SellerInput): Promise<Settings> {
  const v = await validateSeller(input);
  const now = Date.now();
  return db.transaction('rw', db.settings, async () => {
    const existing = await db.settings.get('seller');
    const settings: Settings = {
      templates: {},
      inactiveDays: DEFAULT_INACTIVE_DAYS,
      createdAt: now,
      ...existing,
      id: 'seller',
      sellerName: v.sellerName,
      sellerPhone: v.sellerPhone,
      country: v.country.code,
      currency: v.country.currency,
      marketName: v.marketName,
      marketDay: input.marketDay,
      language: input.language,
      updatedAt: now,
    };
    await db.settings.put(settings);
    return settings;
  });
}

export async function setInactiveDays(db: AssohDB, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new ValidationError({ span: { key: 'form.invalidChoice' } });
  await db.settings.update('seller', { inactiveDays: days, updatedAt: Date.now() });
}

export const TEMPLATE_MAX = 800;

/** The seller's own texts; a blank one goes back to the default. */
export async function saveTemplates(
  db: AssohDB,
  templates: Partial<Record<TemplateKind, string>>,
): Promise<void> {
  const errors: Record<string, FieldError> = {};
  const clean: Partial<Record<TemplateKind, string>> = {};
  for (const [kind, text] of Object.entries(templates) as Array<[TemplateKind, string]>) {
    const trimmed = text.trim();
    if ([...trimmed].length > TEMPLATE_MAX)
      errors[kind] = { key: 'form.tooLong', params: { max: TEMPLATE_MAX } };
    else if (trimmed) clean[kind] = trimmed;
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await db.settings.update('seller', { templates: clean, updatedAt: Date.now() });
}
