/**
 * The statement image ("relevé") laid out as a list of things to draw, pure so the worker, the
 * main-thread fallback and the unit tests share it: 1080 px wide (what WhatsApp shows sharp on a
 * phone), as tall as its rows, her last entries with the running balance, then what she owes.
 */
import { ellipsize, wrapText, type Measure } from '../../../lib/canvas';

export const STATEMENT_WIDTH = 1080;
/** Rows drawn at most; older ones are summed up in one line above them. */
export const STATEMENT_ROWS_MAX = 30;

export interface StatementRowSpec {
  kind: 'credit' | 'paiement';
  what: string;
  when: string;
  amount: string;
  /** What she owed after it; absent on a struck-out version. */
  balance?: string;
  /** "corrigé le 5 novembre": the version no longer counts and is drawn struck through. */
  struck?: string;
}

/** Every word already written in the seller's language: the worker carries no dictionary. */
export interface StatementSpec {
  dir: 'ltr' | 'rtl';
  title: string;
  seller: string;
  phone?: string;
  customer: string;
  date: string;
  /** "12 entrées plus anciennes" when rows were left out. */
  earlier?: string;
  rows: StatementRowSpec[];
  totalLabel: string;
  total: string;
  /** The seller's payment details, when she wrote them. */
  footer?: string;
}

export type Align = 'start' | 'end';
export type DrawOp =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; color: string }
  | {
      kind: 'text';
      text: string;
      /** Distance from the start edge (left in French, right in Arabic). */
      inset: number;
      align: Align;
      y: number;
      size: number;
      weight: number;
      color: string;
      strike?: boolean;
    };

export interface StatementLayout {
  width: number;
  height: number;
  ops: DrawOp[];
}

const M = 60;
const INNER = STATEMENT_WIDTH - 2 * M;
const INK = '#1c1917';
const MUTED = '#57534e';
const BRAND = '#9a3412';

export function layoutStatement(spec: StatementSpec, measure: Measure): StatementLayout {
  const ops: DrawOp[] = [];
  let y = 0;
  const text = (
    t: string,
    inset: number,
    align: Align,
    size: number,
    weight: number,
    color = INK,
    strike = false,
  ) => ops.push({ kind: 'text', text: t, inset, align, y, size, weight, color, strike });

  // The seller's band: her name and number, as on her Status images.
  const headerH = spec.phone ? 200 : 150;
  ops.push({ kind: 'rect', x: 0, y: 0, width: STATEMENT_WIDTH, height: headerH, color: BRAND });
  y = 50;
  text(ellipsize(measure, spec.seller, INNER, 60, 800), M, 'start', 60, 800, '#ffffff');
  if (spec.phone) {
    y += 80;
    text(spec.phone, M, 'start', 44, 700, '#ffedd5');
  }
  y = headerH + 40;
  text(spec.title, M, 'start', 52, 800);
  y += 70;
  for (const line of wrapText(measure, spec.customer, INNER, 44, 700).slice(0, 2)) {
    text(line, M, 'start', 44, 700);
    y += 56;
  }
  text(spec.date, M, 'start', 34, 400, MUTED);
  y += 60;
  ops.push({ kind: 'rect', x: M, y, width: INNER, height: 3, color: '#d6d3d1' });
  y += 24;
  if (spec.earlier) {
    text(ellipsize(measure, spec.earlier, INNER, 32, 400), M, 'start', 32, 400, MUTED);
    y += 56;
  }

  const amountW = 300;
  const whatW = INNER - amountW - 30;
  spec.rows.slice(-STATEMENT_ROWS_MAX).forEach((row, i) => {
    if (i % 2 === 1)
      ops.push({
        kind: 'rect',
        x: M - 16,
        y: y - 12,
        width: INNER + 32,
        height: 116,
        color: '#fafaf9',
      });
    const color = row.struck ? MUTED : INK;
    const strike = Boolean(row.struck);
    text(ellipsize(measure, row.what, whatW, 36, 700), M, 'start', 36, 700, color, strike);
    const sign = row.kind === 'paiement' ? '−' : '+';
    text(
      `${sign} ${row.amount}`,
      M,
      'end',
      36,
      800,
      row.struck ? MUTED : row.kind === 'paiement' ? '#166534' : INK,
      strike,
    );
    y += 50;
    const sub = row.struck ? `${row.when} · ${row.struck}` : row.when;
    text(ellipsize(measure, sub, whatW, 30, 400), M, 'start', 30, 400, MUTED);
    if (row.balance) text(row.balance, M, 'end', 30, 600, MUTED);
    y += 66;
  });

  y += 10;
  ops.push({ kind: 'rect', x: M, y, width: INNER, height: 3, color: '#d6d3d1' });
  y += 36;
  text(spec.totalLabel, M, 'start', 48, 800);
  text(spec.total, M, 'end', 56, 800, BRAND);
  y += 90;
  if (spec.footer) {
    for (const line of wrapText(measure, spec.footer, INNER, 36, 600).slice(0, 4)) {
      text(line, M, 'start', 36, 600);
      y += 50;
    }
  }
  return { width: STATEMENT_WIDTH, height: Math.ceil(y + 50), ops };
}
