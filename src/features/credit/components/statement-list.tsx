import { useState } from 'react';
import { useLang, useT } from '../../../i18n';
import { balanceText, entryWhat } from '../labels';
import type { CreditEntry, Sale } from '../../../lib/domain';
import { formatDay, formatWhen } from '../../../lib/when';
import type { StatementRow } from '../../../lib/ledger';
import { formatMoney } from '../../../lib/money';
import { Button } from '../../../ui/button';
import { Icon } from '../../../ui/icon';
import { useSettings } from '../../../ui/settings-context';

const PAGE = 10;

interface StatementListProps {
  rows: StatementRow[];
  sales: Map<string, Sale>;
  onPick: (entry: CreditEntry) => void;
}

/**
 * Her entries, newest first, with what she owed after each one. A corrected or struck-out
 * version stays, struck through, saying when; tapping an entry that counts opens it.
 */
export function StatementList({ rows, sales, onPick }: StatementListProps) {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const [shown, setShown] = useState(PAGE);
  const money = (m: number) => formatMoney(m, currency, lang);
  const newestFirst = [...rows].reverse();
  return (
    <>
      <ul className="divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm">
        {newestFirst.slice(0, shown).map(({ entry: e, balanceMinor, replaced }) => {
          const what = entryWhat(t, lang, e, e.saleId ? sales.get(e.saleId) : undefined);
          const details = [
            formatWhen(e.at, lang),
            e.dueAt !== undefined ? t('credit.promise', { day: formatDay(e.dueAt, lang) }) : '',
            e.note ?? '',
          ].filter(Boolean);
          const body = (
            <>
              <Icon
                name={e.kind === 'paiement' ? 'wallet' : 'basket'}
                className={`size-5 shrink-0 ${e.kind === 'paiement' ? 'text-leaf-700' : 'text-amber-800'}`}
              />
              <span className="flex min-w-0 flex-1 flex-col text-start">
                <span
                  className={`line-clamp-2 text-base font-semibold ${replaced ? 'line-through' : ''}`}
                >
                  {what}
                </span>
                <span className="text-sm text-stone-600">{details.join(' · ')}</span>
                {replaced && (
                  <span className="text-sm font-semibold text-stone-700">
                    {t(replaced.how === 'voided' ? 'credit.voidedOn' : 'credit.correctedOn', {
                      day: formatDay(replaced.at, lang),
                    })}
                  </span>
                )}
              </span>
              <span className="flex shrink-0 flex-col items-end">
                <span
                  className={`text-lg font-bold ${replaced ? 'text-stone-500 line-through' : ''}`}
                >
                  {e.kind === 'paiement' ? '−' : '+'}
                  {money(e.amountMinor)}
                </span>
                {balanceMinor !== undefined && (
                  <span className="text-sm text-stone-700">
                    {balanceText(t, balanceMinor, money)}
                  </span>
                )}
              </span>
            </>
          );
          return (
            <li key={e.id} className={replaced ? 'bg-stone-50 text-stone-500' : ''}>
              {replaced ? (
                <div className="flex min-h-14 items-center gap-2 px-3 py-2">{body}</div>
              ) : (
                <button
                  type="button"
                  onClick={() => onPick(e)}
                  className="flex min-h-14 w-full items-center gap-2 px-3 py-2 active:bg-brand-100"
                >
                  {body}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {newestFirst.length > shown && (
        <Button variant="secondary" onClick={() => setShown((n) => n + 3 * PAGE)}>
          {t('credit.more')}
        </Button>
      )}
    </>
  );
}
