import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { getSettings } from '../features/settings/queries';
import { SetupScreen } from '../features/settings/components/setup-screen';
import { setLanguage, useT } from '../i18n';
import { UpdatePrompt } from '../pwa/update-prompt';
import { DbTroubleNotice } from '../pwa/db-notice';
import { SettingsProvider } from '../ui/settings-context';
import { Toasts } from '../ui/toasts';
import { Layout, Splash } from './layout';
import { HomeScreen } from './home-screen';

// Screens past the first one load on demand; the service worker precaches them all.
const MoreScreen = lazy(() => import('./more-screen'));
const RestoreOnSetup = lazy(() => import('./restore-on-setup'));
const SettingsPage = lazy(() => import('./settings-page'));
const BackupScreen = lazy(() => import('../features/backup/components/backup-screen'));
const StoryScreen = lazy(() => import('../features/stories/components/story-screen'));
const SalePage = lazy(() => import('./sale-page'));
const GiftPage = lazy(() => import('./gift-page'));
const CustomerListScreen = lazy(
  () => import('../features/customers/components/customer-list-screen'),
);
const CustomerCardScreen = lazy(
  () => import('../features/customers/components/customer-card-screen'),
);
const NewCustomerScreen = lazy(() =>
  import('../features/customers/components/customer-form-screen').then((m) => ({
    default: m.NewCustomerScreen,
  })),
);
const EditCustomerScreen = lazy(() =>
  import('../features/customers/components/customer-form-screen').then((m) => ({
    default: m.EditCustomerScreen,
  })),
);
const ProductListScreen = lazy(() => import('../features/products/components/product-list-screen'));
const NewProductScreen = lazy(() =>
  import('../features/products/components/product-form-screen').then((m) => ({
    default: m.NewProductScreen,
  })),
);
const EditProductScreen = lazy(() =>
  import('../features/products/components/product-form-screen').then((m) => ({
    default: m.EditProductScreen,
  })),
);
const OutboxScreen = lazy(() => import('../features/outbox/components/outbox-screen'));
const AnnounceScreen = lazy(() => import('../features/outbox/components/announce-screen'));
const ComposePage = lazy(() => import('./compose-page'));
const InsightsPage = lazy(() => import('./insights-page'));
const ReservationsScreen = lazy(
  () => import('../features/reservations/components/reservations-screen'),
);
const NewReservationScreen = lazy(
  () => import('../features/reservations/components/new-reservation-screen'),
);
const SaleEditScreen = lazy(() => import('../features/sales/components/sale-edit-screen'));
const GiftEditScreen = lazy(() => import('../features/gifts/components/gift-edit-screen'));

function Gate() {
  const settings = useLiveQuery(() => getSettings(db), [], undefined);
  const location = useLocation();
  useEffect(() => {
    if (settings) void setLanguage(settings.language);
  }, [settings]);

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
      <Routes>
        <Route path="/bienvenue" element={<Navigate to="/" replace />} />
        <Route element={<Layout />}>
          <Route index element={<HomeScreen />} />
          <Route path="clients" element={<CustomerListScreen />} />
          <Route path="clients/nouveau" element={<NewCustomerScreen />} />
          <Route path="clients/:id" element={<CustomerCardScreen />} />
          <Route path="clients/:id/modifier" element={<EditCustomerScreen />} />
          <Route path="vente" element={<SalePage />} />
          <Route path="ventes/:id" element={<SaleEditScreen />} />
          <Route path="cadeau" element={<GiftPage />} />
          <Route path="cadeaux/:id" element={<GiftEditScreen />} />
          <Route path="produits" element={<ProductListScreen />} />
          <Route path="produits/nouveau" element={<NewProductScreen />} />
          <Route path="produits/:id" element={<EditProductScreen />} />
          <Route path="story" element={<StoryScreen />} />
          <Route path="messages" element={<OutboxScreen />} />
          <Route path="messages/nouveau" element={<ComposePage />} />
          <Route path="messages/annonce" element={<AnnounceScreen />} />
          <Route path="reservations" element={<ReservationsScreen />} />
          <Route path="reservations/nouvelle" element={<NewReservationScreen />} />
          <Route path="relances" element={<InsightsPage />} />
          <Route path="plus" element={<MoreScreen />} />
          <Route path="reglages" element={<SettingsPage />} />
          <Route path="sauvegarde" element={<BackupScreen />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </SettingsProvider>
  );
}

export function AppRoutes() {
  const t = useT();
  return (
    <>
      <UpdatePrompt />
      <DbTroubleNotice />
      <Suspense fallback={<Splash />}>
        <Gate />
      </Suspense>
      <Toasts closeLabel={t('common.close')} />
    </>
  );
}
