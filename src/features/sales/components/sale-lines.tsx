import { useLang, useT } from '../../../i18n';
import { formatMoney } from '../../../lib/money';
import { QUANTITY_MAX } from '../../../lib/limits';
import { Icon } from '../../../ui/icon';
import type { SaleLine } from '../../../lib/domain';
import type { QuantityTexts } from './use-quantity-texts';

interface SaleLinesProps {
  lines: SaleLine[];
  currency: string;
  onChange: (lines: SaleLine[]) => void;
  quantities: QuantityTexts;
}

const stepButton =
  'flex size-12 shrink-0 items-center justify-center rounded-xl border-2 border-brand-200 bg-white text-brand-800 active:bg-brand-100';

/** The chosen products with − and + for the quantity, or the quantity typed; 0 removes the line. */
export function SaleLines({ lines, currency, onChange, quantities }: SaleLinesProps) {
  const t = useT();
  const lang = useLang();
  const step = (index: number, quantity: number) => {
    quantities.reset();
    onChange(
      quantity <= 0
        ? lines.filter((_, i) => i !== index)
        : lines.map((l, i) => (i === index ? { ...l, quantity } : l)),
    );
  };
  return (
    <ul className="flex flex-col gap-2">
      {lines.map((line, i) => {
        const error = quantities.error(i);
        const errorId = `quantity-error-${i}`;
        return (
          <li
            key={`${line.productId ?? line.name}-${i}`}
            className="flex flex-col gap-1 rounded-2xl bg-white p-2 shadow-sm"
          >
            <div className="flex items-center gap-2">
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="line-clamp-2 text-base leading-tight font-semibold break-words">
                  {line.name}
                </span>
                <span className="text-sm text-stone-600">
                  {formatMoney(Math.round(line.unitPriceMinor * line.quantity), currency, lang)}
                </span>
              </span>
              <button
                type="button"
                className={stepButton}
                aria-label={t('sales.less', { name: line.name })}
                onClick={() => step(i, Math.ceil(line.quantity) - 1)}
              >
                <Icon name={line.quantity <= 1 ? 'trash' : 'minus'} />
              </button>
              <input
                aria-label={t('sales.quantity', { name: line.name })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                inputMode="decimal"
                className={`h-12 w-14 rounded-xl border-2 text-center text-xl font-bold ${error ? 'border-red-700' : 'border-stone-300'}`}
                value={quantities.text(i)}
                onChange={(e) => quantities.type(i, e.target.value)}
                onBlur={quantities.commit}
                onKeyDown={(e) => {
                  // Enter reads the quantity; the sale is saved with its own button.
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    e.currentTarget.blur();
                  }
                }}
              />
              <button
                type="button"
                className={stepButton}
                aria-label={t('sales.more', { name: line.name })}
                onClick={() => step(i, Math.min(QUANTITY_MAX, Math.floor(line.quantity) + 1))}
              >
                <Icon name="plus" />
              </button>
            </div>
            {error && (
              <p id={errorId} role="alert" className="text-base font-semibold text-red-800">
                {t(error.key, error.params)}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
