import type { AssohDB } from '../../db/db';
import type { Language, Settings, TemplateKind } from '../../lib/domain';
import { findCountry } from '../../lib/countries';
import { ValidationError, textError, type FieldError } from '../../i18n/errors';
import { hasRecords, keepFiguresInNewCurrency } from '../../db/currency';
import { INACTIVE_DAYS_MAX, TEXT_MAX, textProblem } from '../../lib/limits';
import { fractionDigits } from '../../lib/money';
import { parsePhone } from '../../lib/phone';
import { tidy } from '../../lib/text';
import { phoneError } from '../../i18n/phone-errors';
import { editTime } from '../../lib/merge';

export interface SellerInput {
  sellerName: string;
  sellerPhone: string;
  country: string;
  marketName: string;
  marketDay: number;
  language: Language;
  /**
   * Once the notebook holds records, choosing another country changes the dialling code only;
   * the currency follows only when the seller ticks this (figures kept, not converted).
   */
  changeCurrency?: boolean;
}

export const NAME_MAX = TEXT_MAX.sellerName;
export const DEFAULT_INACTIVE_DAYS = 21;

/** Validates the seller's details; the phone is parsed before any write begins. */
async function validateSeller(input: SellerInput) {
  const errors: Record<string, FieldError> = {};
  const sellerName = tidy(input.sellerName);
  const marketName = tidy(input.marketName);
  const country = findCountry(input.country);
  const nameProblem = textProblem(sellerName, NAME_MAX);
  const marketProblem = textProblem(marketName, TEXT_MAX.marketName);
  if (!sellerName) errors.sellerName = { key: 'setup.errorName' };
  else if (nameProblem) errors.sellerName = textError(nameProblem, NAME_MAX);
  if (!marketName) errors.marketName = { key: 'setup.errorMarket' };
  else if (marketProblem) errors.marketName = textError(marketProblem, TEXT_MAX.marketName);
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

/**
 * First run and Réglages alike: the seller's own details. The currency belongs to the notebook:
 * it follows the country only while nothing is recorded, or when the seller asks for it.
 */
export async function saveSeller(db: AssohDB, input: SellerInput): Promise<Settings> {
  const v = await validateSeller(input);
  const now = Date.now();
  const tables = [
    db.settings,
    db.products,
    db.customers,
    db.sales,
    db.gifts,
    db.reservations,
    db.creditEntries,
  ];
  return db.transaction('rw', tables, async () => {
    const existing = await db.settings.get('seller');
    let currency = v.country.currency;
    if (existing && existing.currency !== currency && (await hasRecords(db))) {
      if (input.changeCurrency) {
        await keepFiguresInNewCurrency(
          db,
          fractionDigits(existing.currency),
          fractionDigits(currency),
          now,
        );
      } else currency = existing.currency;
    }
    const settings: Settings = {
      templates: {},
      inactiveDays: DEFAULT_INACTIVE_DAYS,
      createdAt: now,
      ...existing,
      id: 'seller',
      sellerName: v.sellerName,
      sellerPhone: v.sellerPhone,
      country: v.country.code,
      currency,
      marketName: v.marketName,
      marketDay: input.marketDay,
      language: input.language,
      updatedAt: editTime(existing?.updatedAt, now),
    };
    await db.settings.put(settings);
    return settings;
  });
}

export async function setInactiveDays(db: AssohDB, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < 1 || days > INACTIVE_DAYS_MAX)
    throw new ValidationError({ span: { key: 'form.invalidChoice' } });
  await db.settings.update('seller', (s) => {
    s.inactiveDays = days;
    s.updatedAt = editTime(s.updatedAt);
  });
}

export const TEMPLATE_MAX = TEXT_MAX.template;

/** The seller's own texts; a blank one goes back to the default. */
export async function saveTemplates(
  db: AssohDB,
  templates: Partial<Record<TemplateKind, string>>,
): Promise<void> {
  const errors: Record<string, FieldError> = {};
  const clean: Partial<Record<TemplateKind, string>> = {};
  for (const [kind, text] of Object.entries(templates) as Array<[TemplateKind, string]>) {
    const trimmed = text.trim();
    const problem = textProblem(trimmed, TEMPLATE_MAX);
    if (problem) errors[kind] = textError(problem, TEMPLATE_MAX);
    else if (trimmed) clean[kind] = trimmed;
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await db.settings.update('seller', (s) => {
    s.templates = clean;
    s.updatedAt = editTime(s.updatedAt);
  });
}
