import {
  createElement,
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
} from 'react';
import {
  matchRoutes,
  Navigate,
  renderMatches,
  useLocation,
  type RouteMatch,
  type RouteObject,
} from 'react-router';
import type { Settings } from '../lib/domain';
import { getSettings } from '../features/settings/queries';
import { loadArea, setLanguage, useT, type Area } from '../i18n';
import { DbTroubleNotice } from '../pwa/db-notice';
import { SettingsProvider } from '../ui/settings-context';
import { Toasts } from '../ui/toasts';
import { prepareScreensWith } from '../ui/link';
import { ErrorBoundary } from '../ui/error-boundary';
import { InsecureOriginNotice } from '../pwa/insecure-origin';
import { Layout, Splash } from './layout';
import { HomeScreen } from './home-screen';
import { useSyncAtStart } from './sync-start';
import { useLiveDb } from './use-live-db';
import { rememberStartScreen } from './start-frame-boot';
import { nextScreens } from './next-screens';
import { loadSetupScreen, type StartData } from './start';

// Screens past the first one load on demand; the service worker precaches them all.
/**
 * A lazy screen that arrives together with the strings it speaks: the stall's and its areas'.
 * Once loaded (opened before, or fetched ahead with `preload`), it is drawn in the render of
 * the tap that opens it, without a first try that waits for React.lazy.
 */
// React's own lazy() takes ComponentType<any>: props are checked where each screen is used.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function lazyWith<C extends ComponentType<any>>(
  load: () => Promise<{ default: C }>,
  ...areas: Area[]
) {
  let loaded: C | undefined;
  let loading: Promise<{ default: C }> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), loadArea('stall'), ...areas.map(loadArea)]).then(
      ([module]) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  function Screen(props: ComponentProps<C>) {
    return loaded ? createElement(loaded, props) : <Lazy {...props} />;
  }
  return Object.assign(Screen, { preload });
}
// The first-run setup is seen once: it need not weigh on every later start.
const SetupScreen = lazyWith(() => loadSetupScreen().then((m) => ({ default: m.SetupScreen })));
/** The service worker's registration and its prompts wait until the first screen is up. */
const UpdatePrompt = lazy(() =>
  import('../pwa/update-prompt').then((m) => ({ default: m.UpdatePrompt })),
);
const MoreScreen = lazyWith(() => import('./more-screen'), 'followup', 'stories', 'backup');
const RestoreOnSetup = lazyWith(() => import('./restore-on-setup'), 'backup');
const SettingsPage = lazyWith(
  () => import('./settings-page'),
  'followup',
  'backup',
  'sync',
  'credit',
);
const SyncScreen = lazyWith(() => import('../features/sync/components/sync-screen'), 'sync');
const BackupScreen = lazyWith(
  () => import('../features/backup/components/backup-screen'),
  'backup',
  'credit',
);
const StoryScreen = lazyWith(
  () => import('../features/stories/components/story-screen'),
  'stories',
);
const SalePage = lazyWith(nextScreens.sale, 'followup');
const GiftPage = lazyWith(() => import('./gift-page'));
const CustomerListScreen = lazyWith(
  () => import('../features/customers/components/customer-list-screen'),
);
const CustomerPage = lazyWith(nextScreens.customer, 'credit');
const CreditsScreen = lazyWith(nextScreens.credits, 'credit');
const StatementScreen = lazyWith(
  () => import('../features/credit/components/statement-screen'),
  'credit',
);
const NewCustomerScreen = lazyWith(() =>
  import('../features/customers/components/customer-form-screen').then((m) => ({
    default: m.NewCustomerScreen,
  })),
);
const EditCustomerScreen = lazyWith(() =>
  import('../features/customers/components/customer-form-screen').then((m) => ({
    default: m.EditCustomerScreen,
  })),
);
const ProductListScreen = lazyWith(
  () => import('../features/products/components/product-list-screen'),
);
const NewProductScreen = lazyWith(() =>
  import('../features/products/components/product-form-screen').then((m) => ({
    default: m.NewProductScreen,
  })),
);
const EditProductScreen = lazyWith(
  () =>
    import('../features/products/components/product-form-screen').then((m) => ({
      default: m.EditProductScreen,
    })),
  'followup',
);
const OutboxScreen = lazyWith(nextScreens.outbox, 'followup');
const AnnounceScreen = lazyWith(
  () => import('../features/outbox/components/announce-screen'),
  'followup',
);
const ComposePage = lazyWith(() => import('./compose-page'), 'followup');
const InsightsPage = lazyWith(() => import('./insights-page'), 'followup');
const ReservationsScreen = lazyWith(
  () => import('../features/reservations/components/reservations-screen'),
  'followup',
);
const NewReservationScreen = lazyWith(
  () => import('../features/reservations/components/new-reservation-screen'),
  'followup',
);
const SaleEditScreen = lazyWith(() => import('../features/sales/components/sale-edit-screen'));
const GiftEditScreen = lazyWith(() => import('../features/gifts/components/gift-edit-screen'));

/**
 * Her card (/clients/<id>, not its other screens) is read before it opens, from the touch of a
 * link to it (ui/link.tsx): it draws whole in its first frame.
 */
prepareScreensWith((path) => {
  // Its matches too, while her finger is down: the tap's render finds them made.
  matchesOf(path.replace(/[?#].*$/, ''));
  const id = /^\/clients\/([^/?#]+)(?:[?#]|$)/.exec(path)?.[1];
  if (!id || id === 'nouveau') return undefined;
  return import('./card-read').then((m) => m.cardRead(decodeURIComponent(id)));
});

/**
 * Runs `fn` when the phone is idle. Called from effects of the first commit, which holds the
 * whole first screen (AppRoutes waits for the start's reads): so, after the first screen.
 */
function whenIdle(fn: () => void): void {
  const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 1500));
  idle(fn);
}

/** True once the first screen is up and the phone idle: for what may come later. */
function useAfterStart(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => whenIdle(() => setAfter(true)), []);
  return after;
}

/**
 * Once the first screen shows and the phone is idle, her card's date formatters are made (the
 * first of each loads the language's calendar data: about 75 ms at 6× CPU), so the first card
 * she opens does not wait on them.
 */
function prepareWhenIdle(settings: Settings) {
  import('./card-read').then(
    (m) => whenIdle(() => m.warmCardFormats(settings.language, settings.currency)),
    (e: unknown) => console.warn('assoh: card formats not prepared', e),
  );
}

/**
 * Every screen, by address: made once. Drawn as JSX inside the Gate, the table was rebuilt at
 * each of its renders, and each address matched against it anew, every path's pattern compiled
 * again (about 1 ms per match on this machine: 6 to 8 ms at 6× CPU, at each tap that opens a
 * screen and at each render of the launch).
 */
const ROUTES: RouteObject[] = [
  { path: '/bienvenue', element: <Navigate to="/" replace /> },
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomeScreen /> },
      { path: 'clients', element: <CustomerListScreen /> },
      { path: 'clients/nouveau', element: <NewCustomerScreen /> },
      { path: 'clients/:id', element: <CustomerPage /> },
      { path: 'clients/:id/releve', element: <StatementScreen /> },
      { path: 'credits', element: <CreditsScreen /> },
      { path: 'clients/:id/modifier', element: <EditCustomerScreen /> },
      { path: 'vente', element: <SalePage /> },
      { path: 'ventes/:id', element: <SaleEditScreen /> },
      { path: 'cadeau', element: <GiftPage /> },
      { path: 'cadeaux/:id', element: <GiftEditScreen /> },
      { path: 'produits', element: <ProductListScreen /> },
      { path: 'produits/nouveau', element: <NewProductScreen /> },
      { path: 'produits/:id', element: <EditProductScreen /> },
      { path: 'story', element: <StoryScreen /> },
      { path: 'messages', element: <OutboxScreen /> },
      { path: 'messages/nouveau', element: <ComposePage /> },
      { path: 'messages/annonce', element: <AnnounceScreen /> },
      { path: 'reservations', element: <ReservationsScreen /> },
      { path: 'reservations/nouvelle', element: <NewReservationScreen /> },
      { path: 'relances', element: <InsightsPage /> },
      { path: 'plus', element: <MoreScreen /> },
      { path: 'reglages', element: <SettingsPage /> },
      { path: 'reglages/synchronisation', element: <SyncScreen /> },
      { path: 'sauvegarde', element: <BackupScreen /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];

/** The matches of each address seen, found once (the table never changes). */
const matched = new Map<string, RouteMatch[] | null>();

function matchesOf(pathname: string): RouteMatch[] | null {
  let matches = matched.get(pathname);
  if (matches === undefined) {
    if (matched.size >= 200) matched.clear();
    matches = matchRoutes(ROUTES, pathname);
    matched.set(pathname, matches);
  }
  return matches;
}

/** The screen of the address. */
function Screens() {
  const { pathname } = useLocation();
  return renderMatches(matchesOf(pathname));
}

function Gate({ initial }: { initial: Settings | null | undefined }) {
  // Known from the start's reads: the first render has them, never a blank screen.
  const settings = useLiveDb(async () => getSettings, [], initial);
  const location = useLocation();
  const setUp = settings === undefined ? undefined : settings !== null;
  useEffect(() => {
    if (settings) void setLanguage(settings.language);
  }, [settings]);
  // The settings of the moment the phone is idle, for the prefetch (made once, not per change).
  const latest = useRef(settings);
  useEffect(() => {
    latest.current = settings;
  });
  useEffect(() => {
    if (setUp === undefined) return;
    rememberStartScreen(setUp ? 'home' : 'setup');
    if (!setUp) return;
    // The screens one tap from the home (a card, a sale, Crédits, the messages) are fetched
    // from the service worker's cache as soon as the first screen is drawn, not when the phone
    // is next idle: a tap made at once does not wait for its screen's code. Their strings come
    // with them. They are one file (vite.config.ts): each request through the service worker
    // costs the main thread, and their 48 files once took 190 ms of it at 6× CPU.
    const first = window.setTimeout(() => {
      for (const screen of [CustomerPage, SalePage, CreditsScreen, OutboxScreen])
        screen.preload().catch((e: unknown) => console.warn('assoh: screen not fetched', e));
    }, 0);
    whenIdle(() => {
      if (latest.current) prepareWhenIdle(latest.current);
    });
    return () => window.clearTimeout(first);
  }, [setUp]);

  useSyncAtStart(Boolean(settings));
  if (settings === undefined) return <Splash />;
  if (settings === null) {
    return location.pathname === '/bienvenue' ? (
      <SetupScreen
        extra={
          <Suspense fallback={null}>
            <RestoreOnSetup />
          </Suspense>
        }
      />
    ) : (
      <Navigate to="/bienvenue" replace />
    );
  }
  return (
    <SettingsProvider value={settings}>
      <Screens />
    </SettingsProvider>
  );
}

/**
 * `start`: the first screen's reads (start.ts), in before React draws anything (main.tsx): until
 * then index.html's start frame stays on screen, and the first render holds the whole screen.
 */
export function AppRoutes({ start }: { start: StartData }) {
  const t = useT();
  const { settings } = start;
  const later = useAfterStart();
  return (
    <>
      <DbTroubleNotice />
      <InsecureOriginNotice />
      <ErrorBoundary>
        <Gate initial={settings} />
      </ErrorBoundary>
      {/* "Nouvelle version disponible" docks with the messages: it never covers the title bar. */}
      <Toasts
        closeLabel={t('common.close')}
        extra={
          later && (
            <Suspense fallback={null}>
              <UpdatePrompt />
            </Suspense>
          )
        }
      />
    </>
  );
}
