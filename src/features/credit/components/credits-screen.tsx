import { use, useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { db } from '../../../db/db';
import { useLang, useT, useTn } from '../../../i18n';
import { formatMoney } from '../../../lib/money';
import { EmptyState, Screen, Section } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { usePainted } from '../../../ui/use-painted';
import type { CreditSort } from '../queries/lists';
import {
  creditOpening,
  primeCreditOpening,
  showCreditOpening,
  type CreditOpening,
} from '../queries/opening';
import { DebtorList } from './debtor-list';

/**
 * Debtors drawn in the screen's first frame, with the total: more than the screen shows below
 * the figures (about five rows at 360×740, eight on a tall phone), so the rest of the page,
 * drawn in the next frame, moves nothing in view. The tap on the home screen's line then shows
 * what she came for sooner.
 */
const FIRST_ROWS = 10;

/**
 * The figures of this opening: read once (not live, see ui/use-read.ts), before the screen's
 * first frame, so the total and the first debtors are painted together with the screen. Once
 * shown, they stay until the seller changes the order or leaves.
 */
function useOpening(sort: CreditSort): CreditOpening {
  // The history entry: the same through every try of the first frame, new at each visit.
  const { key } = useLocation();
  const read = creditOpening(db, key, sort);
  useEffect(() => showCreditOpening(db, key, sort, read), [key, sort, read]);
  return use(read);
}

/** For the links that open Crédits (oldest debt first): the figures are read from the tap on. */
export function primeCredits(): void {
  primeCreditOpening(db, 'oldest');
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
  const data = useOpening(sort);
  const { now } = data;
  const painted = usePainted();
  const firstDue = Math.min(data.due.length, FIRST_ROWS);
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
        <span className="text-3xl font-bold">{money(data.totalMinor)}</span>
        <span className="text-base text-stone-700">{tn('credit.debtors', data.count)}</span>
        <dl className="flex flex-col divide-y divide-brand-100 rounded-xl bg-brand-50 px-3">
          {data.ages.map((a) => (
            <div key={a.from} className="flex min-h-10 items-center justify-between gap-2">
              <dt className="text-base text-stone-700">{t(`credit.age.${a.from}`)}</dt>
              <dd className="text-base font-bold">{money(a.totalMinor)}</dd>
            </div>
          ))}
        </dl>
      </div>
      {data.count === 0 && <EmptyState title={t('credit.empty')} />}
      {data.due.length > 0 && (
        <Section title={t('credit.dueSection')}>
          <DebtorList rows={data.due} now={now} drawn={painted ? undefined : firstDue} />
        </Section>
      )}
      {data.others.length > 0 && (
        <Section title={t('credit.othersSection')}>
          <div className="flex gap-2" role="group" aria-label={t('credit.sortLabel')}>
            {sortButton('oldest', t('credit.sortOldest'))}
            {sortButton('biggest', t('credit.sortBiggest'))}
          </div>
          <DebtorList
            key={sort}
            rows={data.others}
            now={now}
            drawn={painted ? undefined : FIRST_ROWS - firstDue}
          />
        </Section>
      )}
    </Screen>
  );
}
