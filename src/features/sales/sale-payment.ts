/**
 * How a sale is paid, as the form holds it and as the command takes it. Pure: the form, the edit
 * screen and their tests share it.
 */
import type { FieldError } from '../../i18n/errors';
import { parseAmount } from '../../lib/money-input';
import type { SaleCredit } from './commands';

/** "Payé" (the default), "À crédit" (nothing paid), "Payé : ___" (part paid). */
export type PaymentMode = 'paid' | 'credit' | 'partial';

export interface PaymentDraft {
  mode: PaymentMode;
  /** What she paid, as typed (partial only). */
  paid: string;
  /** The day she promised to pay the rest, its local midnight. */
  dueAt?: number;
}

export const PAID_IN_FULL: PaymentDraft = { mode: 'paid', paid: '' };

export type ResolvedCredit =
  { ok: true; credit: SaleCredit | null } | { ok: false; error: FieldError };

/** The unpaid part of a sale of `total`, or the reason the form refuses what was typed. */
export function resolveCredit(
  total: number,
  draft: PaymentDraft,
  currency: string,
): ResolvedCredit {
  if (draft.mode === 'paid') return { ok: true, credit: null };
  if (draft.mode === 'credit')
    return { ok: true, credit: total > 0 ? { amountMinor: total, dueAt: draft.dueAt } : null };
  const paid = parseAmount(draft.paid, currency);
  if (!paid.ok)
    return {
      ok: false,
      error: { key: paid.reason === 'empty' ? 'payment.paidEmpty' : `money.${paid.reason}` },
    };
  if (paid.minor > total) return { ok: false, error: { key: 'payment.tooMuch' } };
  const rest = total - paid.minor;
  return { ok: true, credit: rest > 0 ? { amountMinor: rest, dueAt: draft.dueAt } : null };
}

/** The form's starting point for a sale whose unpaid part is `credit`. */
export function draftOf(total: number, credit: SaleCredit | null, paidText: string): PaymentDraft {
  if (!credit || credit.amountMinor <= 0) return PAID_IN_FULL;
  if (credit.amountMinor >= total) return { mode: 'credit', paid: '', dueAt: credit.dueAt };
  return { mode: 'partial', paid: paidText, dueAt: credit.dueAt };
}
