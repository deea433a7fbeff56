import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { loadDb } from '../db/connection';
import { useLiveDb } from './use-live-db';
import { useT, useTn, type MessageKey } from '../i18n';
import { useDockHeight } from '../ui/dock';
import { showToast } from '../ui/store';
import { Icon, type IconName } from '../ui/icon';
import { useFocusInView } from '../ui/use-focus-in-view';
import { useScrollRestoration } from '../ui/use-scroll-restoration';
import { ErrorBoundary } from '../ui/error-boundary';
import { BADGE_MAX } from '../lib/outbox-age';

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

/** The number of messages waiting, on the Messages tab. */
function PendingBadge({ pending }: { pending: number | undefined }) {
  if (!pending) return null;
  // Its count stops there (outbox/queries.ts countBadge): "99+" says how many it knows.
  const shown = pending > BADGE_MAX ? `${BADGE_MAX}+` : String(pending);
  return (
    <span
      aria-label={shown}
      className="absolute end-[calc(50%-1.6rem)] top-1 flex min-w-6 items-center justify-center rounded-full bg-red-700 px-1 text-sm font-bold text-white"
    >
      {shown}
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
      Promise.all([loadDb(), loadOutboxQueries()])
        .then(([db, { countPending }]) => countPending(db))
        .then(
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

/** The thumb-sized bottom navigation; `pending` (messages waiting) shows on Messages. */
function BottomNav({ pending }: { pending?: number }) {
  const t = useT();
  // The first part of the dock (ui/dock.tsx): the screen's bar and the messages sit above it.
  const nav = useRef<HTMLElement>(null);
  useDockHeight(nav, 'nav');
  return (
    <nav
      ref={nav}
      aria-label={t('nav.main')}
      data-dock="nav"
      className="fixed inset-x-0 bottom-0 z-20 border-t border-stone-200 bg-white pb-[env(safe-area-inset-bottom)]"
    >
      <ul className="mx-auto grid max-w-xl grid-cols-5">
        {NAV.map((item) => (
          <li key={item.to}>
            {/* Five tabs share the width: on a narrow phone the words shrink rather than spill. */}
            <NavLink
              to={item.to}
              end={item.end}
              className={({ isActive }) =>
                `relative flex min-h-16 flex-col items-center justify-center gap-0.5 text-[min(0.875rem,3.75vw)] font-semibold tracking-tight ${
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
                  {item.to === '/messages' && <PendingBadge pending={pending} />}
                </>
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every main screen: content, then the bottom navigation. The start frame
 * (index.html, drawn before any script) is this same component around the home screen's top.
 */
export function AppFrame({ pending, children }: { pending?: number; children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      {children}
      <BottomNav pending={pending} />
    </div>
  );
}

/** The badge's query: its module brings Dexie, loaded after the first screen. */
const loadOutboxQueries = () => import('../features/outbox/queries');

/** The last count shown: the badge never blinks out when a screen opens. */
let lastPending: number | undefined;

/** The badge's count (up to BADGE_MAX + 1), known from the start's single round of reads. */
export function rememberPending(n: number): number {
  lastPending = n;
  return n;
}

export function Layout() {
  useBackOnlineNotice();
  // Every new screen opens at its top, Back returns where she was; a field she types in shows.
  useScrollRestoration();
  useFocusInView();
  const { pathname } = useLocation();
  const pending = useLiveDb(
    async () => {
      const { countBadge } = await loadOutboxQueries();
      return (db) => countBadge(db).then(rememberPending);
    },
    [],
    lastPending,
  );
  return (
    <AppFrame pending={pending}>
      {/* Per screen: a screen that fails keeps the navigation, and another screen tries again. */}
      <ErrorBoundary resetKey={pathname}>
        <Suspense fallback={<Splash />}>
          <Outlet />
        </Suspense>
      </ErrorBoundary>
    </AppFrame>
  );
}
