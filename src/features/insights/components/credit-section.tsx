import { Link } from '../../../ui/link';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import { formatMoney } from '../../../lib/money';
import { formatDay } from '../../../lib/when';
import { LinkButton } from '../../../ui/button';
import { Section } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { useRead } from '../../../ui/use-read';
import { creditInsights } from '../queries';

/** Money collected this month, what is still owed, the oldest debts: who to ask, gently. */
export function CreditSection() {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  // A report over every debtor: read once per opening (see useRead).
  const data = useRead(() => creditInsights(db), []);
  const money = (m: number) => formatMoney(m, currency, lang);
  return (
    <Section title={t('insights.credit')}>
      <div className="flex flex-col gap-1 rounded-xl bg-white p-3 text-lg">
        <p>
          {t('insights.creditCollected', { amount: data ? money(data.collectedMonthMinor) : '—' })}
        </p>
        <p className="font-bold">
          {t('insights.creditOwed', { amount: data ? money(data.owedMinor) : '—' })}
        </p>
      </div>
      {data && data.oldest.length > 0 && (
        <>
          <h3 className="text-base font-semibold text-stone-700">{t('insights.creditOldest')}</h3>
          <ol className="flex flex-col gap-1">
            {data.oldest.map((row) => (
              <li key={row.customer.id} className="rounded-xl bg-white px-3 py-2">
                <Link
                  to={`/clients/${row.customer.id}`}
                  className="flex min-h-12 flex-col justify-center"
                >
                  <span className="text-lg leading-tight font-semibold">
                    {row.customer.firstName}
                    {row.customer.nickname && (
                      <span className="font-normal text-stone-600"> · {row.customer.nickname}</span>
                    )}
                  </span>
                  <span className="text-sm text-stone-600">
                    {t('insights.creditSince', {
                      amount: money(row.balanceMinor),
                      day: formatDay(row.owedSince, lang),
                    })}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
          <LinkButton to="/credits" variant="secondary" icon="wallet">
            {t('insights.creditAll')}
          </LinkButton>
        </>
      )}
    </Section>
  );
}
