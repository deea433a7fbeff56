import { useEffect } from 'react';
import { Link } from '../../../ui/link';
import { loadArea, useLang, useT, useTn } from '../../../i18n';
import { formatMoney } from '../../../lib/money';
import { Icon } from '../../../ui/icon';
import { useSettings } from '../../../ui/settings-context';
import { usePainted } from '../../../ui/use-painted';
import type { DueToday as Due } from '../queries/today';

/**
 * Crédits opens from this line: its code and strings are fetched as soon as the home screen is
 * painted, not when the phone is idle (a seller may tap before that). Strings loaded at the tap
 * would re-render every visible text while the screen opens.
 */
let screen: typeof import('./credits-screen') | undefined;
function prefetchCredits() {
  return Promise.all([
    import('./credits-screen').then((m) => (screen = m)),
    loadArea('stall'),
    loadArea('credit'),
  ]);
}

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
  const painted = usePainted(shown);
  useEffect(() => {
    if (painted)
      prefetchCredits().catch((error: unknown) => console.warn('Crédits not prefetched', error));
  }, [painted]);
  if (!shown) return null;
  const urgent = due.count > 0;
  return (
    <Link
      to="/credits"
      // Her finger on the line: the figures are read while the screen opens.
      onPointerDown={() => screen?.primeCredits()}
      onClick={() => screen?.primeCredits()}
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
