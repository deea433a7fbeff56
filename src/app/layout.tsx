import { Suspense, type ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useT, type MessageKey } from '../i18n';
import { Icon, type IconName } from '../ui/icon';

const NAV: Array<{ to: string; label: MessageKey; icon: IconName; end?: boolean }> = [
  { to: '/', label: 'nav.home', icon: 'home', end: true },
  { to: '/clients', label: 'nav.customers', icon: 'users' },
  { to: '/vente', label: 'nav.sale', icon: 'basket' },
  { to: '/messages', label: 'nav.messages', icon: 'message' },
  { to: '/plus', label: 'nav.more', icon: 'more' },
];

export function Splash() {
  return <div className="min-h-dvh" aria-busy="true" />;
}

/** The frame of every main screen: content, then the thumb-sized bottom navigation. */
export function Layout({ badges }: { badges?: Partial<Record<string, ReactNode>> }) {
  const t = useT();
  return (
    <div className="min-h-dvh">
      <Suspense fallback={<Splash />}>
        <Outlet />
      </Suspense>
      <nav
        aria-label={t('nav.main')}
        className="fixed inset-x-0 bottom-0 z-20 border-t border-stone-200 bg-white pb-[env(safe-area-inset-bottom)]"
      >
        <ul className="mx-auto grid max-w-xl grid-cols-5">
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  `relative flex min-h-16 flex-col items-center justify-center gap-0.5 text-sm font-semibold ${
                    isActive ? 'text-brand-700' : 'text-stone-600'
                  }`
                }
              >
                {({ isActive }) => (
                  <>
                    <span className={`rounded-full px-4 py-0.5 ${isActive ? 'bg-brand-100' : ''}`}>
                      <Icon name={item.icon} className="size-6" />
                    </span>
                    {t(item.label)}
                    {badges?.[item.to]}
                  </>
                )}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
