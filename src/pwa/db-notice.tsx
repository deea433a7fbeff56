import { useSyncExternalStore } from 'react';
import { connectionTrouble, onConnectionTrouble } from '../db/trouble';
import { useT } from '../i18n';
import { Button } from '../ui/button';

/**
 * Another tab upgraded the database (this one closed its connection and must reload), or an
 * old tab keeps this one from upgrading. A clear message instead of writes that fail silently;
 * what the seller typed survives the reload through useDraft.
 */
export function DbTroubleNotice() {
  const t = useT();
  const trouble = useSyncExternalStore(onConnectionTrouble, connectionTrouble, () => null);
  if (!trouble) return null;
  return (
    <div
      role="alert"
      className="fixed inset-x-0 top-0 z-50 mx-auto flex max-w-xl flex-col gap-2 bg-red-800 px-4 py-3 text-white shadow-lg"
    >
      <p className="text-base font-semibold">
        {trouble === 'blocked' ? t('backup.dbBlocked') : t('pwa.otherTab')}
      </p>
      {trouble === 'other-version' && (
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t('pwa.reload')}
        </Button>
      )}
    </div>
  );
}
