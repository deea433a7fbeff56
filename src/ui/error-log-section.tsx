import { useState } from 'react';
import { useLang, useT } from '../i18n';
import { formatWhen } from '../lib/when';
import { readErrorLog } from './error-log';
import { Section } from './screen';

/** Réglages: the errors met lately, as kept on this phone (for whoever helps the seller). */
export function ErrorLogSection() {
  const t = useT();
  const lang = useLang();
  const [entries] = useState(readErrorLog);
  return (
    <Section title={t('settings.errors')}>
      <div className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <p className="text-sm text-stone-600">{t('settings.errorsHint')}</p>
        {entries.length === 0 ? (
          <p className="text-base">{t('settings.errorsNone')}</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="error-log">
            {entries.map((e, i) => (
              <li key={i} className="border-t border-stone-200 pt-2 text-sm break-words">
                <p className="font-semibold text-stone-800">{formatWhen(e.at, lang)}</p>
                <p className="text-stone-700">{e.message}</p>
                {e.where && (
                  <p className="whitespace-pre-wrap text-xs text-stone-500" dir="ltr">
                    {e.where}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}
