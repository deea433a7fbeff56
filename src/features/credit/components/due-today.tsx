import { useEffect } from 'react';
import { Link } from 'react-router';
import { useLang, useT, useTn } from '../../../i18n';
import { formatMoney } from '../../../lib/money';
import { Icon } from '../../../ui/icon';
import { useSettings } from '../../../ui/settings-context';
import type { DueToday as Due } from '../queries/today';

/** Crédits opens from this line: its code is fetched while the seller looks at the home screen. */
const prefetchCredits = () => import('./credits-screen');

/**
 * The home screen's way to the credit book, whenever someone owes: who promised to pay today or
 * earlier ("À encaisser aujourd'hui : 2 clients · 1 500 FCFA"), otherwise how many owe. Its
 * figures come with the home screen's one read (app/home-data.ts), so it draws with the rest.
 */
export function DueToday({ due }: { due: Due }) {
  const t = useT();
  const tn = useTn();
  const lang = useLang();
  const { currency } = useSettings();
  const shown = due.debtors > 0;
  useEffect(() => {
    if (!shown) return;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1500));
    idle(() => void prefetchCredits().catch(() => undefined));
  }, [shown]);
  if (!shown) return null;
  const urgent = due.count > 0;
  return (
    <Link
      to="/credits"
      className={`flex min-h-16 items-center gap-3 rounded-2xl px-4 py-2 shadow-sm ${
        urgent ? 'bg-amber-100 text-amber-950' : 'bg-white text-stone-800'
      }`}
    >
      <Icon name="wallet" className="size-7 text-brand-700" />
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="text-base font-bold">
          {urgent ? t('home.creditDue') : t('nav.credits')}
        </span>
        <span className="text-base">
          {urgent
            ? `${tn('home.creditDueCount', due.count)} · ${formatMoney(due.totalMinor, currency, lang)}`
            : tn('home.creditDebtors', due.debtors)}
        </span>
      </span>
      <Icon name="chevron" className="size-5 text-stone-500" />
    </Link>
  );
}
