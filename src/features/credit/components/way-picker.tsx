import { useT } from '../../../i18n';
import type { PaymentWay } from '../../../lib/domain';
import { PAYMENT_WAYS } from '../commands';

/** How the money came, one tap: cash and the region's mobile money. */
export function WayPicker({
  value,
  onChange,
}: {
  value: PaymentWay;
  onChange: (way: PaymentWay) => void;
}) {
  const t = useT();
  return (
    <fieldset>
      <legend className="mb-1 text-base font-semibold text-stone-800">
        {t('credit.wayLegend')}
      </legend>
      <div className="grid grid-cols-2 gap-2 min-[360px]:grid-cols-3">
        {PAYMENT_WAYS.map((way) => (
          <button
            key={way}
            type="button"
            aria-pressed={value === way}
            onClick={() => onChange(way)}
            className={`min-h-12 rounded-xl border-2 px-1 text-base leading-tight font-semibold ${
              value === way
                ? 'border-brand-700 bg-brand-100 text-brand-800'
                : 'border-stone-200 bg-white text-stone-700'
            }`}
          >
            {t(`credit.way.${way}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
