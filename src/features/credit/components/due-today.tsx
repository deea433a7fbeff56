import { useEffect } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT, useTn } from '../../../i18n';
import { formatMoney } from '../../../lib/money';
import { Icon } from '../../../ui/icon';
import { useSettings } from '../../../ui/settings-context';
import { dueToday } from '../queries/today';

const SHOWN_KEY = 'assoh-credit-line';

/**
 * Whether the line showed last time: its space is kept from the first frame for a seller who uses
 * credit, and never for one who does not, so the home screen does not move when it arrives.
 */
function shownLastTime(): boolean {
  try {
    return localStorage.getItem(SHOWN_KEY) === '1';
  } catch {
    return false;
  }
}

function remember(shown: boolean): void {
  try {
    if (shown) localStorage.setItem(SHOWN_KEY, '1');
    else localStorage.removeItem(SHOWN_KEY);
  } catch (error) {
    // Storage refused: the line still shows, only the space kept for it is lost.
    console.warn('credit line not remembered', error);
  }
}

/**
 * The home screen's way to the credit book, whenever someone owes: who promised to pay today or
 * earlier ("À encaisser aujourd'hui : 2 · 1 500 FCFA"), otherwise how many owe.
 */
export function DueToday() {
  const t = useT();
  const tn = useTn();
  const lang = useLang();
  const { currency } = useSettings();
  const due = useLiveQuery(() => dueToday(db), []);
  const shown = due ? due.debtors > 0 : shownLastTime();
  useEffect(() => {
    if (due) remember(due.debtors > 0);
  }, [due]);
  if (!shown) return null;
  const urgent = due && due.count > 0;
  return (
    <Link
      to="/credits"
      className={`flex h-16 items-center gap-3 rounded-2xl px-4 shadow-sm ${
        urgent ? 'bg-amber-100 text-amber-950' : 'bg-white text-stone-800'
      }`}
    >
      <Icon name="wallet" className="size-7 text-brand-700" />
      <span className="flex min-w-0 flex-1 flex-col">
        {due && (
          <>
            <span className="truncate text-base font-bold">
              {urgent ? t('home.creditDue') : t('nav.credits')}
            </span>
            <span className="truncate text-base">
              {urgent
                ? `${tn('home.creditDueCount', due.count)} · ${formatMoney(due.totalMinor, currency, lang)}`
                : tn('home.creditDebtors', due.debtors)}
            </span>
          </>
        )}
      </span>
      <Icon name="chevron" className="size-5 text-stone-500" />
    </Link>
  );
}
