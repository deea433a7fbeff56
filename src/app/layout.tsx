import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { countPending } from '../features/outbox/queries';
import { useT, useTn, type MessageKey } from '../i18n';
import { useDockHeight } from '../ui/dock';
import { showToast } from '../ui/store';
import { Icon, type IconName } from '../ui/icon';
import { useFocusInView } from '../ui/use-focus-in-view';
import { useScrollRestoration } from '../ui/use-scroll-restoration';

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

/** The number of messages waiting, on the Messages tab: an index count. */
function PendingBadge() {
  const pending = useLiveQuery(() => countPending(db), []);
  if (!pending) return null;
  return (
    <span
      aria-label={String(pending)}
      className="absolute top-1 end-[calc(50%-1.6rem)] flex min-w-6 items-center justify-center rounded-full bg-red-700 px-1 text-sm font-bold text-white"
    >
      {pending > 99 ? '99+' : pending}
    </span>
  );
}

/** When signal returns and messages wait, say so once: this is the moment to send them. */
function useBackOnlineNotice() {
  const tn = useTn();
  const t = useT();
  const navigate = useNavigate();
  const latest = useRef({ tn, t, navigate });
  useEffect(() => {
    latest.current = { tn, t, navigate };
  });
  useEffect(() => {
    const onOnline = () => {
      const { tn, t, navigate } = latest.current;
      countPending(db).then(
        (n) => {
          if (n > 0) {
            showToast({
              text: tn('outbox.backOnline', n),
              tone: 'success',
              duration: 10000,
              app: true,
              action: { label: t('outbox.see'), run: () => navigate('/messages') },
            });
          }
        },
        () => undefined,
      );
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);
}

/** The frame of every main screen: content, then the thumb-sized bottom navigation. */
export function Layout() {
  const t = useT();
  useBackOnlineNotice();
  useScrollRestoration();
  useFocusInView();
  const nav = useRef<HTMLElement>(null);
  useDockHeight(nav, '--dock-nav');
  return (
    <div className="min-h-dvh">
      <Suspense fallback={<Splash />}>
        <Outlet />
      </Suspense>
      <nav
        ref={nav}
        aria-label={t('nav.main')}
        data-dock="nav"
        className="fixed start-0 end-0 bottom-0 z-20 border-t border-stone-200 bg-white pb-[env(safe-area-inset-bottom)]"
      >
        {/* Each tab as wide as its word needs, the rest shared: "Messages" never touches "Vente". */}
        <ul className="mx-auto flex max-w-xl">
          {NAV.map((item) => (
            <li key={item.to} className="min-w-0 flex-auto">
              <NavLink
                to={item.to}
                end={item.end}
                className={({ isActive }) =>
                  `relative flex h-16 flex-col items-center justify-center gap-0.5 px-0.5 text-[0.8rem] leading-tight font-semibold whitespace-nowrap ${
                    isActive ? 'text-brand-700' : 'text-stone-600'
                  }`
                }
              >
                {({ isActive }) => (
                  <>
                    <span className={`rounded-full px-3 py-0.5 ${isActive ? 'bg-brand-100' : ''}`}>
                      <Icon name={item.icon} className="size-6" />
                    </span>
                    {t(item.label)}
                    {item.to === '/messages' && <PendingBadge />}
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
