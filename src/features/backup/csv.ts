/**
 * CSV that opens correctly in a spreadsheet: UTF-8 with a BOM (Excel otherwise reads accents
 * as Latin-1), CRLF lines, RFC 4180 quoting, and a semicolon option for French Excel, where the
 * comma is the decimal mark. Text cells starting with = + - @ (or a tab or CR) get a leading
 * quote so a name like "=HYPERLINK(…)" shows as text instead of running as a formula (OWASP
 * "CSV injection").
 */
import type { Customer, Sale } from '../../lib/domain';
import { fractionDigits } from '../../lib/money';
import type { T } from '../../i18n';

export type Cell = string | number | boolean | undefined | null;
export interface CsvOptions {
  semicolon: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell, options: CsvOptions): string {
  if (value === undefined || value === null) return '';
  let text: string;
  if (typeof value === 'number') {
    text = String(value);
    if (options.semicolon) text = text.replace('.', ',');
  } else {
    text = String(value);
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  const sep = options.semicolon ? ';' : ',';
  return text.includes(sep) || /["\r\n]/.test(text) || /^\s|\s$/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

export function toCsv(rows: Cell[][], options: CsvOptions): string {
  const sep = options.semicolon ? ';' : ',';
  return `\uFEFF${rows.map((row) => row.map((c) => csvCell(c, options)).join(sep)).join('\r\n')}\r\n`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
/** Local "2026-11-22 14:05": sorts as text and every spreadsheet reads it as a date. */
export function csvDateTime(at: number | undefined): string {
  if (at === undefined) return '';
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function major(minor: number, currency: string): number {
  return minor / 10 ** fractionDigits(currency);
}

export interface CsvLabels {
  header: string[];
  yes: string;
  no: string;
  passing: string;
  profile: (p: NonNullable<Customer['profile']>) => string;
}

/** A profile in the seller's words ("Achète pour d'autres"), as her form says it, never its code. */
export function profileLabel(t: T): CsvLabels['profile'] {
  return (p) => t(`customers.profile.${p}`);
}

export function customersCsv(customers: Customer[], labels: CsvLabels, options: CsvOptions) {
  const byId = new Map(customers.map((c) => [c.id, c]));
  const rows: Cell[][] = [labels.header];
  for (const c of customers) {
    const by = c.recommendedById ? byId.get(c.recommendedById) : undefined;
    rows.push([
      c.firstName,
      c.nickname,
      c.phone,
      c.area,
      by ? [by.firstName, by.nickname].filter(Boolean).join(' ') : undefined,
      c.profile ? labels.profile(c.profile) : undefined,
      c.notes,
      c.acceptsMessages ? labels.yes : labels.no,
      csvDateTime(c.createdAt),
      csvDateTime(c.lastSeenAt),
    ]);
  }
  return toCsv(rows, options);
}

/** One row per line of a sale, so quantities and amounts add up in a pivot table. */
export function salesCsv(
  sales: Sale[],
  customers: Map<string, Pick<Customer, 'firstName' | 'nickname'>>,
  currency: string,
  labels: CsvLabels,
  options: CsvOptions,
) {
  const rows: Cell[][] = [labels.header];
  for (const s of sales) {
    const c = s.customerId ? customers.get(s.customerId) : undefined;
    const who = c ? [c.firstName, c.nickname].filter(Boolean).join(' ') : labels.passing;
    const lines = s.lines.length > 0 ? s.lines : [undefined];
    for (const line of lines) {
      rows.push([
        csvDateTime(s.at),
        who,
        line?.name,
        line?.quantity,
        line?.unit,
        line ? major(line.unitPriceMinor, currency) : undefined,
        line ? major(line.unitPriceMinor * line.quantity, currency) : undefined,
        major(s.totalMinor, currency),
        s.id,
      ]);
    }
  }
  return toCsv(rows, options);
}
