import { useEffect, useRef } from 'react';
import { useLang, useT, type MessageKey } from '../../../i18n';
import { currencyLabel, formatMoney } from '../../../lib/money';
import { DueDatePicker } from '../../../ui/due-date-picker';
import { TextField } from '../../../ui/field';
import { useSettings } from '../../../ui/settings-context';
import { resolveCredit, type PaymentDraft, type PaymentMode } from '../sale-payment';

const MODES: Array<{ mode: PaymentMode; label: MessageKey }> = [
  { mode: 'paid', label: 'payment.paid' },
  { mode: 'credit', label: 'payment.credit' },
  { mode: 'partial', label: 'payment.partial' },
];

interface PaymentProps {
  value: PaymentDraft;
  onChange: (next: PaymentDraft) => void;
}

/**
 * How she pays, for a sale to a known customer, in one row that stays in reach beside the save
 * button: "Payé" in full is already chosen; "À crédit" or "Payé : …" is one tap.
 */
export function PaymentModes({ value, onChange }: PaymentProps) {
  const t = useT();
  return (
    <div className="grid grid-cols-3 gap-2" role="group" aria-label={t('payment.legend')}>
      {MODES.map((m) => (
        <button
          key={m.mode}
          type="button"
          aria-pressed={value.mode === m.mode}
          onClick={() => onChange({ ...value, mode: m.mode })}
          className={`min-h-12 rounded-xl border-2 px-1 text-base leading-tight font-semibold ${
            value.mode === m.mode
              ? 'border-brand-700 bg-brand-100 text-brand-800'
              : 'border-stone-200 bg-white text-stone-700'
          }`}
        >
          {t(m.label)}
        </button>
      ))}
    </div>
  );
}

interface PaymentDetailsProps extends PaymentProps {
  total: number;
  /** The message beside "Payé : ___" when what was typed is refused. */
  error?: string;
  /** Scroll the details into view when they open (the modes sit in a bar far below them). */
  reveal?: boolean;
}

/**
 * What a sale on credit needs besides the mode: what was paid (for "Payé : …"), what stays
 * unpaid in words, and the optional day she promises to pay. Nothing for a sale paid in full.
 */
export function PaymentDetails({ total, value, onChange, error, reveal }: PaymentDetailsProps) {
  const t = useT();
  const lang = useLang();
  const { currency, marketDay } = useSettings();
  const box = useRef<HTMLDivElement>(null);
  const mode = value.mode;
  useEffect(() => {
    if (mode === 'paid' || !reveal) return;
    // "Payé : …" brings its field under the title, to type in; "À crédit" shows its promise.
    box.current?.scrollIntoView({ block: mode === 'partial' ? 'start' : 'end' });
    if (mode === 'partial') box.current?.querySelector('input')?.focus({ preventScroll: true });
  }, [mode, reveal]);
  if (mode === 'paid') return null;
  const resolved = resolveCredit(total, value, currency);
  const rest = resolved.ok ? (resolved.credit?.amountMinor ?? 0) : null;
  return (
    // The scroll margins keep the details clear of the title, the totals' bar and the navigation.
    <div
      ref={box}
      className="flex scroll-mt-20 scroll-mb-80 flex-col gap-3 rounded-2xl bg-white p-3 shadow-sm"
    >
      {mode === 'partial' && (
        <TextField
          label={`${t('payment.paidAmount')} (${currencyLabel(currency)})`}
          error={error}
          value={value.paid}
          onChange={(e) => onChange({ ...value, paid: e.target.value })}
          inputMode="decimal"
          autoComplete="off"
        />
      )}
      <p className="text-lg font-bold text-amber-900" aria-live="polite">
        {rest === null ? '' : t('payment.rest', { amount: formatMoney(rest, currency, lang) })}
      </p>
      <DueDatePicker
        value={value.dueAt}
        onChange={(dueAt) => onChange({ ...value, dueAt })}
        marketDay={marketDay}
      />
    </div>
  );
}
