import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { db } from '../../../db/db';
import { useLang, useT, useTn } from '../../../i18n';
import { startOfDay } from '../../../lib/dates';
import { formatDay } from '../../../lib/when';
import { formatMoney } from '../../../lib/money';
import { Button, LinkButton } from '../../../ui/button';
import { EmptyState, Screen, Section } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { useRead } from '../../../ui/use-read';
import { creditOverview, type CreditSort, type Debtor } from '../queries/lists';

const PAGE = 30;
const AGES = [0, 31, 61] as const;

function DebtorRow({ row, now }: { row: Debtor; now: number }) {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const { customer, promisedAt } = row;
  const broken = promisedAt !== undefined && promisedAt < startOfDay(now);
  return (
    <li className="flex items-center gap-2 pe-2">
      <Link
        to={`/clients/${customer.id}`}
        className="flex min-h-16 min-w-0 flex-1 flex-col justify-center px-3 py-2 active:bg-brand-100"
      >
        <span className="truncate text-lg font-semibold">
          {customer.firstName}
          {customer.nickname && (
            <span className="font-normal text-stone-600"> · {customer.nickname}</span>
          )}
        </span>
        <span className="text-base">
          <strong>{formatMoney(row.balanceMinor, currency, lang)}</strong>{' '}
          {t('credit.since', { day: formatDay(row.owedSince, lang, now) })}
        </span>
        {promisedAt !== undefined && (
          <span className={`text-sm font-semibold ${broken ? 'text-red-800' : 'text-stone-700'}`}>
            {t(broken ? 'credit.promiseBroken' : 'credit.promise', {
              day: formatDay(promisedAt, lang, now),
            })}
          </span>
        )}
      </Link>
      <LinkButton
        to={`/clients/${customer.id}?paiement=1`}
        variant="secondary"
        className="shrink-0 px-3 text-base"
        aria-label={t('credit.payFor', { name: customer.firstName })}
      >
        {t('credit.pay')}
      </LinkButton>
    </li>
  );
}

function DebtorList({ rows, now }: { rows: Debtor[]; now: number }) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm">
        {rows.slice(0, shown).map((row) => (
          <DebtorRow key={row.customer.id} row={row} now={now} />
        ))}
      </ul>
      {rows.length > shown && (
        <Button variant="secondary" onClick={() => setShown((n) => n + PAGE)}>
          {t('credit.more')}
        </Button>
      )}
    </>
  );
}

/**
 * Crédits: the total to collect, how old the debts are, who promised to pay by today on top,
 * then everyone who owes, oldest debt first or biggest first.
 */
export default function CreditsScreen() {
  const t = useT();
  const tn = useTn();
  const lang = useLang();
  const { currency } = useSettings();
  const [params, setParams] = useSearchParams();
  const sort: CreditSort = params.get('tri') === 'montant' ? 'biggest' : 'oldest';
  const [now] = useState(() => Date.now());
  // Every debtor's row, once per opening: a report, not a live query (see ui/use-read.ts).
  const data = useRead(() => creditOverview(db, sort, now), [sort, now]);
  const money = (m: number) => formatMoney(m, currency, lang);
  const sortButton = (value: CreditSort, label: string) => (
    <button
      type="button"
      aria-pressed={sort === value}
      onClick={() => setParams(value === 'biggest' ? { tri: 'montant' } : {}, { replace: true })}
      className={`min-h-12 flex-1 rounded-xl border-2 px-2 text-base leading-tight font-semibold ${
        sort === value
          ? 'border-brand-700 bg-brand-100 text-brand-800'
          : 'border-stone-200 bg-white text-stone-700'
      }`}
    >
      {label}
    </button>
  );

  return (
    <Screen title={t('nav.credits')} back={{ label: t('nav.back'), to: '/' }}>
      <div className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <span className="text-base font-semibold text-stone-600">{t('credit.total')}</span>
        <span className="text-3xl font-bold">{data ? money(data.totalMinor) : '—'}</span>
        <span className="text-base text-stone-700">
          {data ? tn('credit.debtors', data.count) : ''}
        </span>
        <dl className="flex flex-col divide-y divide-brand-100 rounded-xl bg-brand-50 px-3">
          {(data?.ages ?? AGES.map((from) => ({ from, count: 0, totalMinor: 0 }))).map((a) => (
            <div key={a.from} className="flex min-h-10 items-center justify-between gap-2">
              <dt className="text-base text-stone-700">{t(`credit.age.${a.from}`)}</dt>
              <dd className="text-base font-bold">{data ? money(a.totalMinor) : '—'}</dd>
            </div>
          ))}
        </dl>
      </div>
      {data && data.count === 0 && <EmptyState title={t('credit.empty')} />}
      {data && data.due.length > 0 && (
        <Section title={t('credit.dueSection')}>
          <DebtorList rows={data.due} now={now} />
        </Section>
      )}
      {data && data.others.length > 0 && (
        <Section title={t('credit.othersSection')}>
          <div className="flex gap-2" role="group" aria-label={t('credit.sortLabel')}>
            {sortButton('oldest', t('credit.sortOldest'))}
            {sortButton('biggest', t('credit.sortBiggest'))}
          </div>
          <DebtorList key={sort} rows={data.others} now={now} />
        </Section>
      )}
    </Screen>
  );
}
