import { useState } from 'react';
import { useLang, useT } from '../../../i18n';
import type { Customer } from '../../../lib/domain';
import { startOfDay } from '../../../lib/dates';
import { formatDay } from '../../../lib/when';
import { formatMoney } from '../../../lib/money';
import { useSettings } from '../../../ui/settings-context';

/**
 * What she owes, in one sentence, from the figures kept on her row: "Doit 600 FCFA depuis le
 * 3 novembre", "Paiera le 10 novembre" (red once the day has passed), or her advance.
 */
export function CreditSummary({ customer }: { customer: Customer }) {
  const [now] = useState(() => Date.now());
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const balance = customer.creditBalanceMinor ?? 0;
  const money = (minor: number) => formatMoney(minor, currency, lang);
  if (balance < 0)
    return (
      <p className="text-xl font-bold text-leaf-700">
        {t('credit.advance', { amount: money(-balance) })}
      </p>
    );
  if (balance === 0) return <p className="text-lg text-stone-700">{t('credit.nothingOwed')}</p>;
  const promised = customer.promisedAt;
  const broken = promised !== undefined && promised < startOfDay(now);
  return (
    <div className="flex flex-col gap-1">
      <p className="text-xl font-bold text-amber-900">
        {customer.owedSince === undefined
          ? t('credit.owes', { amount: money(balance) })
          : t('credit.owesSince', {
              amount: money(balance),
              day: formatDay(customer.owedSince, lang, now),
            })}
      </p>
      {promised !== undefined && (
        <p className={`text-lg font-semibold ${broken ? 'text-red-800' : 'text-stone-800'}`}>
          {t(broken ? 'credit.promiseBroken' : 'credit.promise', {
            day: formatDay(promised, lang, now),
          })}
        </p>
      )}
    </div>
  );
}
