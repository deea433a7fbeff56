import { useT } from '../../../i18n';
import { Icon, type IconName } from '../../../ui/icon';
import { TEMPLATES, type StoryTemplate } from '../draft-store';

const ICONS: Record<StoryTemplate, IconName> = {
  arrivage: 'box',
  promotion: 'star',
  merci: 'gift',
};

/** Three big tiles, icon and word: which kind of story. */
export function TemplatePicker({
  value,
  onChange,
}: {
  value: StoryTemplate;
  onChange: (t: StoryTemplate) => void;
}) {
  const t = useT();
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-base font-semibold text-stone-800">
        {t('stories.template')}
      </legend>
      <div className="grid grid-cols-3 gap-2">
        {TEMPLATES.map((key) => {
          const checked = key === value;
          return (
            <label
              key={key}
              className={`relative flex min-h-20 cursor-pointer flex-col items-center justify-center gap-1 rounded-2xl border-2 px-0.5 text-center text-base font-bold tracking-tight has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600 ${
                checked
                  ? 'border-brand-700 bg-brand-700 text-white'
                  : 'border-brand-200 bg-white text-brand-800'
              }`}
            >
              <input
                type="radio"
                name="story-template"
                value={key}
                checked={checked}
                onChange={() => onChange(key)}
                className="absolute inset-0 cursor-pointer opacity-0"
              />
              <Icon name={ICONS[key]} className="size-7" />
              {/* Wraps rather than overflows in a third of a 320 px phone. */}
              <span className="max-w-full break-words">{t(`stories.template.${key}`)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
