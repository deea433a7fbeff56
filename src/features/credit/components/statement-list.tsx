import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { useLang, useT } from '../../../i18n';
import { balanceText, entryWhat } from '../labels';
import type { CreditEntry, Sale } from '../../../lib/domain';
import { formatDay, formatWhen } from '../../../lib/when';
import type { StatementRow } from '../../../lib/ledger';
import { formatMoney } from '../../../lib/money';
import { Button } from '../../../ui/button';
import { Icon } from '../../../ui/icon';
import { useSettings } from '../../../ui/settings-context';
import { usePageFromOldest } from '../../../ui/use-page-from-oldest';

const PAGE = 10;

interface StatementListProps {
  rows: StatementRow[];
  sales: Map<string, Sale>;
  onPick: (entry: CreditEntry) => void;
  /** Rows away from the screen left out of this frame's layout (`rows-lazy` in index.css). */
  lazy?: boolean;
}

interface RowProps {
  row: StatementRow;
  sale: Sale | undefined;
  onPick: (entry: CreditEntry) => void;
}

/**
 * One entry. Memoised on what it shows: a payment read back after its write adds a row, and the
 * rows below it (same entry, same balance after it) are not drawn again.
 */
const Row = memo(
  function Row({ row: { entry: e, balanceMinor, replaced }, sale, onPick }: RowProps) {
    const t = useT();
    const lang = useLang();
    const { currency } = useSettings();
    const money = (m: number) => formatMoney(m, currency, lang);
    const what = entryWhat(t, lang, e, sale);
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
          <span className={`text-lg font-bold ${replaced ? 'text-stone-500 line-through' : ''}`}>
            {e.kind === 'paiement' ? '−' : '+'}
            {money(e.amountMinor)}
          </span>
          {balanceMinor !== undefined && (
            <span className="text-sm text-stone-700">{balanceText(t, balanceMinor, money)}</span>
          )}
        </span>
      </>
    );
    return (
      <li className={replaced ? 'bg-stone-50 text-stone-500' : ''}>
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
  },
  // An entry's version never changes (a correction is a new version, with its own id).
  (was, now) =>
    was.row.entry.id === now.row.entry.id &&
    was.row.balanceMinor === now.row.balanceMinor &&
    was.row.replaced?.how === now.row.replaced?.how &&
    was.row.replaced?.at === now.row.replaced?.at &&
    was.sale?.updatedAt === now.sale?.updatedAt &&
    was.onPick === now.onPick,
);

/**
 * Her entries, newest first, with what she owed after each one. A corrected or struck-out
 * version stays, struck through, saying when; tapping an entry that counts opens it.
 */
export function StatementList({ rows, sales, onPick, lazy = false }: StatementListProps) {
  const t = useT();
  const { shown, more } = usePageFromOldest(rows.length, PAGE, 3 * PAGE);
  // One callback for every row, calling the latest onPick: the rows' memo holds across renders.
  const latest = useRef(onPick);
  useLayoutEffect(() => {
    latest.current = onPick;
  });
  const pick = useCallback((entry: CreditEntry) => latest.current(entry), []);
  const newestFirst = [...rows].reverse();
  return (
    <>
      <ul
        className={`divide-y divide-stone-200 overflow-hidden rounded-2xl bg-white shadow-sm rows-sized ${lazy ? 'rows-lazy' : ''}`}
      >
        {newestFirst.slice(0, shown).map((row) => (
          <Row
            key={row.entry.id}
            row={row}
            sale={row.entry.saleId ? sales.get(row.entry.saleId) : undefined}
            onPick={pick}
          />
        ))}
      </ul>
      {newestFirst.length > shown && (
        <Button variant="secondary" onClick={more}>
          {t('credit.more')}
        </Button>
      )}
    </>
  );
}
