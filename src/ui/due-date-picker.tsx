import { useId, useState } from 'react';
import { useLang, useT } from '../i18n';
import { addDays, isoDate, nextMarketDay, parseDayInput } from '../lib/days';
import { formatDay } from '../lib/when';
import { PROMISE_MAX_DAYS } from '../lib/limits';
import { marketDayText } from '../i18n/templates';

interface DueDatePickerProps {
  /** Local midnight of the promised day; undefined: no promise. */
  value?: number;
  onChange: (day: number | undefined) => void;
  /** The seller's market day (0–6, -1 every day): "prochain jour de marché". */
  marketDay: number;
}

const chip = (on: boolean) =>
  `min-h-12 rounded-xl border-2 px-2 text-base leading-tight font-semibold ${
    on ? 'border-brand-700 bg-brand-100 text-brand-800' : 'border-stone-200 bg-white text-stone-700'
  }`;

/**
 * "Paiera le …", optional: tomorrow, the next market day and two weeks ahead in one tap each, or
 * any day within a year. Tapping the chosen one again takes the promise back.
 */
export function DueDatePicker({ value, onChange, marketDay }: DueDatePickerProps) {
  const [now] = useState(() => Date.now());
  const t = useT();
  const lang = useLang();
  const inputId = useId();
  const quick = [
    { label: t('due.tomorrow'), day: addDays(now, 1) },
    ...(marketDay >= 0 && marketDay <= 6
      ? [
          {
            label: t('due.market', { day: marketDayText(marketDay, lang) }),
            day: nextMarketDay(now, marketDay),
          },
        ]
      : []),
    { label: t('due.twoWeeks'), day: addDays(now, 14) },
  ];
  const isQuick = quick.some((q) => q.day === value);
  const [custom, setCustom] = useState(value !== undefined && !isQuick);
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-base font-semibold text-stone-800">
        {t('due.legend')}{' '}
        <span className="font-normal text-stone-600">({t('common.optional')})</span>
      </legend>
      <div className="grid grid-cols-2 gap-2">
        {quick.map((q) => (
          <button
            key={q.label}
            type="button"
            aria-pressed={value === q.day && !custom}
            className={chip(value === q.day && !custom)}
            onClick={() => {
              setCustom(false);
              onChange(value === q.day && !custom ? undefined : q.day);
            }}
          >
            {q.label}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={custom}
          className={chip(custom)}
          onClick={() => {
            setCustom(!custom);
            if (custom) onChange(undefined);
          }}
        >
          {t('due.other')}
        </button>
      </div>
      {custom && (
        <div className="flex flex-col gap-1">
          <label htmlFor={inputId} className="text-base text-stone-800">
            {t('due.pick')}
          </label>
          <input
            id={inputId}
            type="date"
            className="block min-h-12 w-full rounded-xl border-2 border-stone-300 bg-white px-3 py-2 text-lg"
            min={isoDate(addDays(now, 1))}
            max={isoDate(addDays(now, PROMISE_MAX_DAYS))}
            value={value === undefined ? '' : isoDate(value)}
            onChange={(e) => onChange(parseDayInput(e.target.value) ?? undefined)}
          />
        </div>
      )}
      {value !== undefined && (
        <p className="text-base font-semibold text-stone-800">
          {t('due.chosen', { day: formatDay(value, lang, now) })}
        </p>
      )}
    </fieldset>
  );
}
