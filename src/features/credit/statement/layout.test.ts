import { describe, expect, it } from 'vitest';
import type { Measure } from '../../../lib/canvas';
import { STATEMENT_ROWS_MAX, STATEMENT_WIDTH, layoutStatement, type StatementSpec } from './layout';

/** A stand-in for measureText: every character is 0.55 em wide. */
const measure: Measure = (text, size) => [...text].length * size * 0.55;

const spec = (rows: number): StatementSpec => ({
  dir: 'ltr',
  title: 'Relevé de compte',
  seller: 'Maman Awa',
  phone: '07 07 00 00 01',
  customer: 'Adèle · du quartier Zongo',
  date: 'Au 23 novembre',
  rows: Array.from({ length: rows }, (_, i) => ({
    kind: i % 2 ? ('paiement' as const) : ('credit' as const),
    what: `Crédit · ${'2 tas Piment frais du jardin, '.repeat(4)}`,
    when: '3 novembre',
    amount: '600 FCFA',
    balance: 'Reste 600 FCFA',
    struck: i === 1 ? 'corrigé le 5 novembre' : undefined,
  })),
  totalLabel: 'Reste à payer',
  total: '600 FCFA',
  footer: 'Pour payer : Wave 07 07 12 34 56',
});

describe('the relevé image', () => {
  it('is 1080 px wide and grows with its rows, up to the rows it shows', () => {
    const few = layoutStatement(spec(3), measure);
    const more = layoutStatement(spec(10), measure);
    const most = layoutStatement(spec(STATEMENT_ROWS_MAX), measure);
    expect(few.width).toBe(STATEMENT_WIDTH);
    expect(STATEMENT_WIDTH).toBe(1080);
    expect(more.height).toBeGreaterThan(few.height);
    expect(layoutStatement(spec(STATEMENT_ROWS_MAX + 20), measure).height).toBe(most.height);
  });

  it('keeps every text inside the page, long labels cut with "…"', () => {
    const { ops, height } = layoutStatement(spec(5), measure);
    for (const op of ops) {
      if (op.kind !== 'text') continue;
      expect(op.inset + measure(op.text, op.size, op.weight)).toBeLessThanOrEqual(STATEMENT_WIDTH);
      expect(op.y + op.size).toBeLessThanOrEqual(height);
    }
    expect(ops.some((op) => op.kind === 'text' && op.text.endsWith('…'))).toBe(true);
    expect(ops.filter((op) => op.kind === 'text' && op.strike)).toHaveLength(2);
  });
});
