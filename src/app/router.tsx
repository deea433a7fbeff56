import { lazy, Suspense, useEffect } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { getSettings } from '../features/settings/queries';
import { SetupScreen } from '../features/settings/components/setup-screen';
import { setLanguage, useT } from '../i18n';
import { UpdatePrompt } from '../pwa/update-prompt';
import { SettingsProvider } from '../ui/settings-context';
import { Toasts } from '../ui/toasts';
import { Layout, Splash } from './layout';
import { HomeScreen } from './home-screen';

// Screens past the first one load on demand; the service worker precaches them all.
const MoreScreen = lazy(() => import('./more-screen'));
const SettingsPage = lazy(() => import('./settings-page'));

function Gate() {
  const settings = useLiveQuery(() => getSettings(db), [], undefined);
  const location = useLocation();
  useEffect(() => {
    if (settings) void setLanguage(settings.language);
  }, [settings]);

  if (settings === undefined) return <Splash />;
  if (settings === null) {
    return location.pathname === '/bienvenue' ? (
      <SetupScreen />
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
          <Route path="plus" element={<MoreScreen />} />
          <Route path="reglages" element={<SettingsPage />} />
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
      <Suspense fallback={<Splash />}>
        <Gate />
      </Suspense>
      <Toasts closeLabel={t('common.close')} />
    </>
  );
}
