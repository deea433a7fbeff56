/**
 * From what the seller typed to the words on the image and in the WhatsApp text. Pure: the price
 * is parsed and formatted here, so a wrong price is refused before anything is drawn.
 */
import type { Language, Product } from '../../lib/domain';
import type { T } from '../../i18n';
import { ValidationError, type FieldError } from '../../i18n/errors';
import { isoDate } from '../../lib/dates';
import { formatMoney } from '../../lib/money';
import { amountInputValue, parseAmount } from '../../lib/money-input';
import { LANGUAGES, leftToRight } from '../../lib/languages';
import { arrivalPhrase, pricePerUnit } from '../../lib/grammar';
import { marketPhrase } from '../../i18n/templates';
import { fold, tidy } from '../../lib/text';
import type { StoryDraft } from './draft-store';
import type { StorySpec } from './render';

export interface StoryContext {
  t: T;
  lang: Language;
  currency: string;
  sellerName: string;
  /** Already formatted for reading ("07 07 00 0001"). */
  phone?: string;
  marketName: string;
  /** 0–6 as Date#getDay; -1 every day. */
  marketDay: number;
  /** The thanked customer's first name; null when they do not accept messages. */
  customerFirstName?: string | null;
}

const capitalise = (s: string) => (s ? s[0]!.toLocaleUpperCase('fr') + s.slice(1) : s);

/** "Samedi au marché de Treichville", from Réglages; a name that already says "marché" stays. */
export function defaultWhen(t: T, lang: Language, marketDay: number, marketName: string): string {
  const market = marketPhrase(marketName, lang);
  const day =
    marketDay < 0 || marketDay > 6 ? t('stories.everyDay') : t(`day.${marketDay}` as 'day.0');
  return capitalise(t('stories.whenMarket', { day, market }));
}

/** "500 FCFA le tas", "1 000 FCFA la bassine", "250 FCFA l'unité"; "500 FCFA per heap". */
export function priceWithUnit(t: T, lang: Language, price: string, unit: string): string {
  return pricePerUnit(price, unit, lang, (words) => t('stories.perUnit', words));
}

function money(
  input: string,
  currency: string,
  lang: Language,
  field: string,
  errors: Record<string, FieldError>,
) {
  const parsed = parseAmount(input, currency);
  if (parsed.ok) return formatMoney(parsed.minor, currency, lang);
  errors[field] = { key: 'stories.errorPrice' };
  return '';
}

/** The words of the image. Throws a ValidationError (and draws nothing) on a missing name or bad price. */
export function composeStory(d: StoryDraft, c: StoryContext): StorySpec {
  const { t } = c;
  const errors: Record<string, FieldError> = {};
  const background: StorySpec['background'] =
    d.usePhoto && d.photoId ? { kind: 'photo' } : { kind: 'color', color: d.color, emoji: d.emoji };
  const when = tidy(d.when ?? defaultWhen(t, c.lang, c.marketDay, c.marketName));
  const common = {
    dir: LANGUAGES[c.lang].dir,
    background,
    seller: tidy(c.sellerName),
    // In Arabic, "07 07 12 34 56" would otherwise read "56 34 12 07 07".
    phone: c.phone
      ? t('stories.phoneLine', {
          phone: LANGUAGES[c.lang].dir === 'rtl' ? leftToRight(c.phone) : c.phone,
        })
      : undefined,
  };
  if (d.template === 'merci') {
    const name = c.customerFirstName ? tidy(c.customerFirstName) : '';
    return {
      ...common,
      label: t('stories.label.merci'),
      title: name ? t('stories.merciTitle', { name }) : t('stories.merciAll'),
      note: t('stories.merciNote'),
      when: when ? t('stories.seeYou', { when: dayCase(t, when) }) : undefined,
    };
  }
  const title = tidy(d.productName);
  if (!title) errors.productName = { key: 'stories.errorProduct' };
  const price = money(d.price, c.currency, c.lang, 'price', errors);
  const oldPrice =
    d.template === 'promotion' && d.oldPrice.trim()
      ? money(d.oldPrice, c.currency, c.lang, 'oldPrice', errors)
      : '';
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return {
    ...common,
    label: t(d.template === 'promotion' ? 'stories.label.promotion' : 'stories.label.arrivage'),
    title,
    price: priceWithUnit(t, c.lang, price, d.unit),
    note: oldPrice ? t('stories.oldPriceLine', { price: oldPrice }) : undefined,
    when: when || undefined,
  };
}

/**
 * "Samedi au marché…" inside "À samedi au marché…": lower case again, in a language that writes
 * its day names in lower case (French does, English does not, Arabic has no case).
 */
function dayCase(t: T, s: string): string {
  const saturday = t('day.6');
  const lowerDays = saturday === saturday.toLocaleLowerCase();
  return s && lowerDays ? s[0]!.toLocaleLowerCase() + s.slice(1) : s;
}

/** The announcement as a WhatsApp text, since WhatsApp often drops text sent with an image. */
export function announcementText(d: StoryDraft, spec: StorySpec, c: StoryContext): string {
  const emoji = spec.background.kind === 'color' ? (spec.background.emoji ?? '') : '';
  const key =
    d.template === 'merci'
      ? 'stories.text.merci'
      : d.template === 'promotion'
        ? 'stories.text.promotion'
        : 'stories.text.arrivage';
  const text = c.t(key, {
    emoji,
    product: spec.title,
    arrival: capitalise(arrivalPhrase(spec.title, c.lang, d.gender)),
    title: spec.title,
    price: spec.price ?? '',
    note: spec.note ?? '',
    when: spec.when ?? '',
    seller: spec.seller,
    phone: spec.phone ?? '',
  });
  return text
    .replace(/\s+([.,])/g, '$1')
    .replace(/\.\s*\./g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The contact-picker form of a wa.me link: WhatsApp asks whom to send it to. */
export function waTextLink(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

/** "Faire une story" from a product: its name, price, unit and picture fill the draft. */
export function draftFromProduct(p: Product, currency: string): Partial<StoryDraft> {
  return {
    template: 'arrivage',
    productId: p.id,
    productName: p.name,
    price: amountInputValue(p.priceMinor, currency),
    unit: p.unit,
    gender: p.gender,
    ...(p.emoji ? { emoji: p.emoji } : {}),
    ...(p.color && /^#[0-9a-f]{6}$/i.test(p.color) ? { color: p.color } : {}),
  };
}

/** assoh-statut-piment-frais-2026-11-28.jpg: the right extension for the share sheet's checks. */
export function storyFileName(title: string, at: number): string {
  const slug = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `assoh-statut-${slug ? `${slug}-` : ''}${isoDate(at)}.jpg`;
}
