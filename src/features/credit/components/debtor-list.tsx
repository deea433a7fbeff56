import { useState } from 'react';
import { Link } from '../../../ui/link';
import { useLang, useT } from '../../../i18n';
import { startOfDay } from '../../../lib/dates';
import { formatDay } from '../../../lib/when';
import { formatMoney } from '../../../lib/money';
import { Button, LinkButton } from '../../../ui/button';
import { useSettings } from '../../../ui/settings-context';
import type { Debtor } from '../queries/lists';

const PAGE = 30;

function DebtorRow({ row, now }: { row: Debtor; now: number }) {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const { promisedAt } = row;
  const broken = promisedAt !== undefined && promisedAt < startOfDay(now);
  return (
    <li className="flex items-center gap-2 pe-2">
      <Link
        to={`/clients/${row.id}`}
        className="flex min-h-16 min-w-0 flex-1 flex-col justify-center px-3 py-2 active:bg-brand-100"
      >
        <span className="truncate text-lg font-semibold">
          {row.firstName}
          {row.nickname && <span className="font-normal text-stone-600"> · {row.nickname}</span>}
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
        to={`/clients/${row.id}?paiement=1`}
        variant="secondary"
        className="shrink-0 px-3 text-base"
        aria-label={t('credit.payFor', { name: row.firstName })}
      >
        {t('credit.pay')}
      </LinkButton>
    </li>
  );
}

/**
 * Who owes, a page at a time. `drawn` caps the rows of the screen's first frame (see
 * CreditsScreen); the rest of the page follows in the next frame, below the fold.
 */
export function DebtorList({ rows, now, drawn }: { rows: Debtor[]; now: number; drawn?: number }) {
  const t = useT();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm">
        {rows.slice(0, Math.min(shown, drawn ?? shown)).map((row) => (
          <DebtorRow key={row.id} row={row} now={now} />
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
