import { useState } from 'react';
import { Link } from '../../../ui/link';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Customer } from '../../../lib/domain';
import { useLang, useT, useTn } from '../../../i18n';
import { formatAgo } from '../../../lib/dates';
import { formatList } from '../../../lib/when';
import { formatMoney } from '../../../lib/money';
import { Button, LinkButton } from '../../../ui/button';
import { SelectField } from '../../../ui/field';
import { Icon } from '../../../ui/icon';
import { Section } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { useRead } from '../../../ui/use-read';
import { CreditSection } from './credit-section';
import { ambassadors, giftsThisMonth, inactiveCustomers, loyalCustomers } from '../queries';

const SPANS = [14, 21, 30, 60, 90];
const PAGE = 20;

function Who({ customer }: { customer: Customer }) {
  return (
    <Link
      to={`/clients/${customer.id}`}
      className="flex min-h-12 min-w-0 flex-wrap items-center gap-x-1 text-lg leading-tight font-semibold"
    >
      {customer.firstName}
      {customer.nickname && (
        <span className="font-normal text-stone-600">· {customer.nickname}</span>
      )}
    </Link>
  );
}

function Inactive({ days }: { days: number }) {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const [pages, setPages] = useState(1);
  const data = useLiveQuery(() => inactiveCustomers(db, days, pages * PAGE), [days, pages]);
  if (!data) return null;
  if (data.total === 0)
    return <p className="text-base text-stone-600">{t('insights.inactiveEmpty')}</p>;
  return (
    <>
      <ul className="flex flex-col gap-2">
        {data.rows.map(({ customer, lastSale }) => (
          <li key={customer.id} className="flex flex-col gap-1 rounded-2xl bg-white p-3 shadow-sm">
            <Who customer={customer} />
            <span className="text-base text-stone-700">
              {formatAgo(customer.lastSeenAt, lang)} ·{' '}
              {lastSale
                ? t('insights.lastPurchase', {
                    what: `${
                      formatList(
                        lastSale.lines.map((l) => l.name),
                        lang,
                      ) || t('sales.amountOnly')
                    } (${formatMoney(lastSale.totalMinor, currency, lang)})`,
                  })
                : t('insights.noPurchase')}
            </span>
            {customer.acceptsMessages ? (
              <LinkButton
                to={`/messages/nouveau?client=${customer.id}&modele=nouvelles`}
                variant="secondary"
                icon="message"
              >
                {t('insights.askNews')}
              </LinkButton>
            ) : (
              <span className="text-sm font-semibold text-red-800">
                {t('customers.refusesMessages')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {data.rows.length < data.total && (
        <Button variant="secondary" onClick={() => setPages((p) => p + 1)}>
          {t('insights.more')}
        </Button>
      )}
    </>
  );
}

interface InsightsScreenProps {
  /** Days without a visit before "À relancer"; kept in the seller's settings. */
  span: number;
  onSpanChange: (days: number) => void;
}

/** Who to call: not seen for a while, the most loyal, the ambassadors, this month's gifts. */
export function InsightsSections({ span, onSpanChange }: InsightsScreenProps) {
  const t = useT();
  const tn = useTn();
  const lang = useLang();
  const { currency } = useSettings();
  // Reports over months of sales: one-off reads (see useRead), fresh each time the screen opens.
  const loyal = useRead(() => loyalCustomers(db), []);
  const ambassadorRows = useRead(() => ambassadors(db), []);
  const gifts = useLiveQuery(() => giftsThisMonth(db), []);
  return (
    <>
      <CreditSection />
      <Section title={t('insights.inactive', { days: span })}>
        <SelectField
          label={t('insights.span')}
          value={span}
          onChange={(e) => onSpanChange(Number(e.target.value))}
        >
          {[...new Set([...SPANS, span])]
            .sort((a, b) => a - b)
            .map((d) => (
              <option key={d} value={d}>
                {t('insights.spanDays', { days: d })}
              </option>
            ))}
        </SelectField>
        <Inactive days={span} />
      </Section>
      <Section title={t('insights.loyal')}>
        {loyal && loyal.length === 0 && (
          <p className="text-base text-stone-600">{t('insights.loyalEmpty')}</p>
        )}
        <ol className="flex flex-col gap-1">
          {loyal?.map((r, i) => (
            <li
              key={r.customer.id}
              className="flex items-center gap-3 rounded-xl bg-white px-3 py-2"
            >
              <span className="w-6 text-lg font-bold text-brand-700">{i + 1}</span>
              <span className="flex min-w-0 flex-1 flex-col">
                <Who customer={r.customer} />
                <span className="text-sm text-stone-600">
                  {tn('customers.visits', r.visits)} · {formatMoney(r.totalMinor, currency, lang)}
                </span>
              </span>
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('insights.ambassadors')}>
        {ambassadorRows && ambassadorRows.length === 0 && (
          <p className="text-base text-stone-600">{t('insights.ambassadorsEmpty')}</p>
        )}
        <ol className="flex flex-col gap-1">
          {ambassadorRows?.map((r) => (
            <li
              key={r.customer.id}
              className="flex items-center gap-3 rounded-xl bg-white px-3 py-2"
            >
              <Icon name="star" className="size-6 text-amber-600" />
              <span className="flex min-w-0 flex-1 flex-col">
                <Who customer={r.customer} />
              </span>
              <span className="text-lg font-bold">{r.recommended}</span>
            </li>
          ))}
        </ol>
      </Section>
      <Section title={t('insights.giftsMonth')}>
        <p className="rounded-xl bg-white p-3 text-lg">
          {gifts
            ? t('insights.giftsMonthValue', {
                count: tn('home.giftsCount', gifts.count),
                value: formatMoney(gifts.valueMinor, currency, lang),
              })
            : '—'}
        </p>
      </Section>
    </>
  );
}
