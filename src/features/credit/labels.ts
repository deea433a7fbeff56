/** The credit book's entries in words, shared by her card and her statement image. */
import type { T } from '../../i18n';
import type { CreditEntry, Language, Sale } from '../../lib/domain';
import { formatNumber } from '../../lib/money';

/** What an entry was for, in a few words: "Crédit · 2 tas Piment", "Paiement · Wave". */
export function entryWhat(t: T, lang: Language, e: CreditEntry, sale?: Sale): string {
  if (e.kind === 'paiement')
    return `${t('credit.kind.paiement')} · ${t(`credit.way.${e.way ?? 'especes'}`)}`;
  const what = sale
    ? sale.lines.map((l) => `${formatNumber(l.quantity, lang)} ${l.unit} ${l.name}`).join(', ') ||
      t('credit.fromSale')
    : e.saleId
      ? t('credit.fromSale')
      : '';
  return what ? `${t('credit.kind.credit')} · ${what}` : t('credit.kind.credit');
}

/** "Reste 600 FCFA", "Avance 200 FCFA", "Soldé": the running balance after an entry. */
export function balanceText(t: T, minor: number, money: (m: number) => string): string {
  if (minor > 0) return t('credit.balanceOwed', { amount: money(minor) });
  if (minor < 0) return t('credit.balanceAdvance', { amount: money(-minor) });
  return t('credit.balanceZero');
}
