import { useLang, useT } from '../../../i18n';
import { formatMoney } from '../../../lib/money';
import { Icon } from '../../../ui/icon';
import type { SaleLine } from '../../../lib/domain';
import { MAX_QUANTITY } from '../commands';

interface SaleLinesProps {
  lines: SaleLine[];
  currency: string;
  onChange: (lines: SaleLine[]) => void;
}

const stepButton =
  'flex size-12 shrink-0 items-center justify-center rounded-xl border-2 border-brand-200 bg-white text-brand-800 active:bg-brand-100';

/** The chosen products with − and + for the quantity; 0 removes the line. */
export function SaleLines({ lines, currency, onChange }: SaleLinesProps) {
  const t = useT();
  const lang = useLang();
  const setQuantity = (index: number, quantity: number) => {
    const next =
      quantity <= 0
        ? lines.filter((_, i) => i !== index)
        : lines.map((l, i) => (i === index ? { ...l, quantity } : l));
    onChange(next);
  };
  return (
    <ul className="flex flex-col gap-2">
      {lines.map((line, i) => (
        <li
          key={`${line.productId ?? line.name}-${i}`}
          className="flex items-center gap-2 rounded-2xl bg-white p-2 shadow-sm"
        >
          <span className="flex min-w-0 flex-1 flex-col">
            <span className="line-clamp-2 text-base leading-tight font-semibold">{line.name}</span>
            <span className="text-sm text-stone-600">
              {formatMoney(Math.round(line.unitPriceMinor * line.quantity), currency, lang)}
            </span>
          </span>
          <button
            type="button"
            className={stepButton}
            aria-label={t('sales.less', { name: line.name })}
            onClick={() => setQuantity(i, line.quantity - 1)}
          >
            <Icon name={line.quantity <= 1 ? 'trash' : 'minus'} />
          </button>
          <input
            aria-label={t('sales.quantity', { name: line.name })}
            inputMode="numeric"
            className="h-12 w-14 rounded-xl border-2 border-stone-300 text-center text-xl font-bold"
            value={line.quantity}
            onChange={(e) => {
              const n = Number(e.target.value.replace(/\D/g, ''));
              if (Number.isFinite(n) && n <= MAX_QUANTITY) setQuantity(i, n || 1);
            }}
          />
          <button
            type="button"
            className={stepButton}
            aria-label={t('sales.more', { name: line.name })}
            onClick={() => setQuantity(i, Math.min(MAX_QUANTITY, line.quantity + 1))}
          >
            <Icon name="plus" />
          </button>
        </li>
      ))}
    </ul>
  );
}
