/** The relevé's words, written on the main thread (the worker has no dictionary). */
import type { T } from '../../../i18n';
import type { Customer, Settings } from '../../../lib/domain';
import { isoDate } from '../../../lib/dates';
import { formatDay } from '../../../lib/when';
import { LANGUAGES, leftToRight } from '../../../lib/languages';
import { formatMoney } from '../../../lib/money';
import { fold } from '../../../lib/text';
import { balanceText, entryWhat } from '../labels';
import type { CustomerLedger } from '../queries/ledger';
import { STATEMENT_ROWS_MAX, type StatementSpec } from './layout';

export function statementSpec(input: {
  t: T;
  plural: (base: 'credit.statementEarlier', n: number) => string;
  settings: Settings;
  phone?: string;
  customer: Customer;
  ledger: CustomerLedger;
  now: number;
}): StatementSpec {
  const { t, settings, customer, ledger, now } = input;
  const lang = settings.language;
  const money = (m: number) => formatMoney(m, settings.currency, lang);
  const day = (at: number) => formatDay(at, lang, now);
  const earlier = ledger.rows.length - STATEMENT_ROWS_MAX;
  const balance = ledger.state.balanceMinor;
  return {
    dir: LANGUAGES[lang].dir,
    title: t('credit.statementTitle'),
    seller: settings.sellerName,
    // A number reads left to right in an Arabic statement too ("06 12…", not "…12 06").
    phone: input.phone ? leftToRight(input.phone) : undefined,
    customer: customer.nickname
      ? `${customer.firstName} · ${customer.nickname}`
      : customer.firstName,
    date: t('credit.statementDate', { day: day(now) }),
    earlier: earlier > 0 ? input.plural('credit.statementEarlier', earlier) : undefined,
    rows: ledger.rows.slice(-STATEMENT_ROWS_MAX).map(({ entry, balanceMinor, replaced }) => ({
      kind: entry.kind,
      what: entryWhat(t, lang, entry, entry.saleId ? ledger.sales.get(entry.saleId) : undefined),
      when: day(entry.at),
      amount: money(entry.amountMinor),
      balance: balanceMinor === undefined ? undefined : balanceText(t, balanceMinor, money),
      struck: replaced
        ? t(replaced.how === 'voided' ? 'credit.voidedOn' : 'credit.correctedOn', {
            day: day(replaced.at),
          })
        : undefined,
    })),
    totalLabel:
      balance > 0 ? t('credit.rest') : balance < 0 ? t('credit.advanceLabel') : t('credit.settled'),
    total: money(Math.abs(balance)),
    footer: settings.paymentDetails
      ? t('credit.statementPay', { details: settings.paymentDetails })
      : undefined,
  };
}

/** "releve-adele-2026-11-23.png": her name, folded, and the day. */
export function statementFileName(firstName: string, at: number): string {
  const name = fold(firstName).replace(/ /g, '-').slice(0, 30) || 'cliente';
  return `releve-${name}-${isoDate(at)}.png`;
}
