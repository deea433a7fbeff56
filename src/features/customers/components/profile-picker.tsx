import type { Profile } from '../../../lib/domain';
import { useT } from '../../../i18n';

const PROFILES: readonly Profile[] = ['consommateur', 'acheteur-pour-autres', 'prescripteur'];

/** Her profile (seeds/004), each choice with a plain line under its name. */
export function ProfilePicker({
  value,
  onChange,
  error,
}: {
  value: Profile | '';
  onChange: (profile: Profile | '') => void;
  error?: string;
}) {
  const t = useT();
  const choices: Array<{ value: Profile | ''; title: string; hint?: string }> = [
    { value: '', title: t('customers.profileNone') },
    ...PROFILES.map((p) => ({
      value: p,
      title: t(`customers.profile.${p}`),
      hint: t(`customers.profileHint.${p}`),
    })),
  ];
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-base font-semibold text-stone-800">
        {t('customers.profile')}{' '}
        <span className="font-normal text-stone-600">({t('common.optional')})</span>
      </legend>
      {choices.map((c) => (
        <label
          key={c.value || 'none'}
          className={`flex min-h-12 items-center gap-3 rounded-xl border-2 px-3 py-1 ${
            value === c.value ? 'border-brand-700 bg-brand-100' : 'border-stone-200 bg-white'
          }`}
        >
          <input
            type="radio"
            name="profile"
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            className="size-5 shrink-0 accent-brand-700"
          />
          <span className="flex flex-col">
            <span className="text-lg leading-tight">{c.title}</span>
            {c.hint && <span className="text-sm leading-tight text-stone-600">{c.hint}</span>}
          </span>
        </label>
      ))}
      {error && (
        <p role="alert" className="text-base font-semibold text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
