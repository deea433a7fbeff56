import { useT } from '../../../i18n';
import { commonNoun, guessGender } from '../../../lib/grammar';
import { PRODUCT_COLORS, PRODUCT_EMOJI } from './product-badge';

const choice = (on: boolean) =>
  `flex min-h-12 items-center justify-center rounded-xl border-2 ${on ? 'border-brand-700 bg-brand-100' : 'border-stone-200 bg-white'}`;

export function EmojiPicker({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const t = useT();
  return (
    <fieldset>
      <legend className="mb-1 text-base font-semibold">{t('products.emoji')}</legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(3rem,1fr))] gap-1">
        <button
          type="button"
          aria-pressed={!value}
          onClick={() => onChange('')}
          className={`${choice(!value)} px-1 text-sm break-words`}
        >
          {t('products.noEmoji')}
        </button>
        {PRODUCT_EMOJI.map((e) => (
          <button
            key={e}
            type="button"
            aria-pressed={value === e}
            onClick={() => onChange(e)}
            className={`${choice(value === e)} aspect-square text-2xl`}
          >
            {e}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function ColourPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (v: string) => void;
}) {
  const t = useT();
  return (
    <fieldset>
      <legend className="mb-1 text-base font-semibold">{t('products.color')}</legend>
      <div className="flex flex-wrap gap-2">
        {PRODUCT_COLORS.map((c) => (
          <button
            key={c}
            type="button"
            aria-label={c}
            aria-pressed={value === c}
            onClick={() => onChange(value === c ? '' : c)}
            className={`size-12 shrink-0 rounded-full border-4 ${value === c ? 'border-stone-900' : 'border-white'}`}
            style={{ backgroundColor: c }}
          />
        ))}
      </div>
    </fieldset>
  );
}

/**
 * French only: "un piment" or "une tomate", so that an announcement says "la tomate est
 * arrivée". The guess from the name is shown chosen until the seller picks.
 */
export function GenderPicker({
  name,
  value,
  onChange,
}: {
  name: string;
  value: '' | 'm' | 'f';
  onChange: (v: 'm' | 'f') => void;
}) {
  const t = useT();
  const shown = value || guessGender(name);
  const noun = commonNoun(name) || '…';
  return (
    <fieldset>
      <legend className="mb-1 text-base font-semibold">{t('products.gender')}</legend>
      <div className="grid grid-cols-2 gap-2">
        {(['m', 'f'] as const).map((g) => (
          <button
            key={g}
            type="button"
            aria-pressed={shown === g}
            onClick={() => onChange(g)}
            className={`${choice(shown === g)} px-2 text-lg font-semibold break-words text-brand-800`}
          >
            {t(`products.gender.${g}`, { name: noun })}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
