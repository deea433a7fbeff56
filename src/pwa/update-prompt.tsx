import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../i18n';
import { Button } from '../ui/button';
import { showNews } from '../ui/store';

const HOUR = 60 * 60 * 1000;

/** "Prêt à fonctionner hors ligne" is said once, whichever signal comes first. */
let announced = false;

/**
 * Activates the waiting worker, then reloads once it controls the page. Our own listener,
 * because workbox-window only reloads when the page was already controlled at registration:
 * the very tab of the first install would otherwise stay on the old version.
 */
async function reloadIntoNewVersion(activateWaiting: () => Promise<void>): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration?.waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  await activateWaiting();
}

/**
 * registerType "prompt": a new version waits until the seller taps "Recharger", because she
 * may be halfway through a sale. Never reloads by itself.
 */
export function UpdatePrompt() {
  const t = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // The first install ends when the worker takes control of this page (clientsClaim).
      // Registration waits for the first screen now, and workbox-window's own "installed"
      // event is sometimes missed when the worker installs meanwhile: control is the proof.
      if (!navigator.serviceWorker.controller) {
        navigator.serviceWorker.addEventListener('controllerchange', () => setOfflineReady(true), {
          once: true,
        });
      }
      // Look for a new version when signal comes back and every hour while open.
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      window.addEventListener('online', check);
      window.setInterval(check, HOUR);
    },
  });

  useEffect(() => {
    if (!offlineReady) return;
    if (!announced) {
      announced = true;
      // News of the app's own, at a moment of its own: at the top of the next screen she opens,
      // never over the one she is tapping on.
      showNews({ text: t('pwa.offlineReady'), tone: 'success', duration: 6000 });
    }
    setOfflineReady(false);
  }, [offlineReady, setOfflineReady, t]);

  if (!needRefresh) return null;
  return (
    <div
      role="alert"
      className="pointer-events-auto flex flex-wrap items-center justify-end gap-2 rounded-2xl bg-stone-900 px-3 py-2 text-white shadow-lg"
    >
      <p className="min-w-40 flex-1 text-base font-semibold">{t('pwa.updateReady')}</p>
      <Button variant="ghost" className="!text-white" onClick={() => setNeedRefresh(false)}>
        {t('pwa.later')}
      </Button>
      <Button onClick={() => void reloadIntoNewVersion(updateServiceWorker)}>
        {t('pwa.reload')}
      </Button>
    </div>
  );
}
