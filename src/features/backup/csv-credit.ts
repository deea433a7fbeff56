/**
 * The "Crédits" spreadsheet: one line per entry, every version (a corrected or struck-out one
 * says so and when), customer by customer in the order things happened, with her running
 * balance after each entry that counts: the paper notebook's page, in a spreadsheet.
 */
import type { CreditEntry, CreditKind, Customer, PaymentWay } from '../../lib/domain';
import { statementOf } from '../../lib/ledger';
import { fractionDigits } from '../../lib/money';
import { csvDateTime, toCsv, type Cell, type CsvOptions } from './csv';

export interface CreditCsvLabels {
  header: string[];
  kind: (kind: CreditKind) => string;
  way: (way: PaymentWay) => string;
  /** "compte" for a version that counts. */
  counts: string;
  corrected: (day: string) => string;
  voided: (day: string) => string;
}

const day = (at: number | undefined) => csvDateTime(at).slice(0, 10);

export function creditCsv(
  entries: readonly CreditEntry[],
  customers: ReadonlyMap<string, Pick<Customer, 'firstName' | 'nickname' | 'nameKey'>>,
  currency: string,
  labels: CreditCsvLabels,
  options: CsvOptions,
): string {
  const major = (minor: number) => minor / 10 ** fractionDigits(currency);
  const byCustomer = new Map<string, CreditEntry[]>();
  for (const e of entries) {
    const list = byCustomer.get(e.customerId);
    if (list) list.push(e);
    else byCustomer.set(e.customerId, [e]);
  }
  const ids = [...byCustomer.keys()].sort((a, b) =>
    (customers.get(a)?.nameKey ?? a).localeCompare(customers.get(b)?.nameKey ?? b),
  );
  const rows: Cell[][] = [labels.header];
  for (const id of ids) {
    const c = customers.get(id);
    const who = c ? [c.firstName, c.nickname].filter(Boolean).join(' ') : id;
    for (const { entry: e, balanceMinor, replaced } of statementOf(byCustomer.get(id) ?? []).rows) {
      rows.push([
        csvDateTime(e.at),
        who,
        labels.kind(e.kind),
        major(e.amountMinor),
        e.way ? labels.way(e.way) : undefined,
        e.dueAt === undefined ? undefined : day(e.dueAt),
        e.note,
        replaced
          ? (replaced.how === 'voided' ? labels.voided : labels.corrected)(day(replaced.at))
          : labels.counts,
        balanceMinor === undefined ? undefined : major(balanceMinor),
        e.saleId,
        e.lineId,
      ]);
    }
  }
  return toCsv(rows, options);
}
