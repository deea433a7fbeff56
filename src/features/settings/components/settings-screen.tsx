import { useEffect, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { setLanguage, useT } from '../../../i18n';
import { formatMegabytes } from '../../../lib/money';
import { requestPersistence, storageInfo, type StorageInfo } from '../../../pwa/storage';
import { Button } from '../../../ui/button';
import { Section, Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { useFormattedPhone } from '../../../ui/use-phone';
import { saveSeller } from '../commands';
import { notebookHasRecords } from '../currency-queries';
import { SellerForm } from './seller-form';

/**
 * Réglages, one block after another, each saved by its own button named for it (never two
 * "Enregistrer" on one page). `children`: sections other features add, composed by the app layer.
 */
export function SettingsScreen({
  children,
  beforeCurrencyChange,
}: {
  children?: ReactNode;
  /** Runs before the notebook passes to another currency (a copy of it is kept first). */
  beforeCurrencyChange?: () => Promise<void>;
}) {
  const t = useT();
  const settings = useSettings();
  const phone = useFormattedPhone(settings.sellerPhone, settings.country);
  const [storage, setStorage] = useState<StorageInfo | null>(null);
  const hasRecords = useLiveQuery(() => notebookHasRecords(db), []);
  useEffect(() => {
    storageInfo().then(setStorage, () => setStorage(null));
  }, []);

  const keepData = async () => {
    const persisted = await requestPersistence();
    setStorage((s) => (s ? { ...s, persisted } : s));
    if (!persisted)
      showToast({ text: t('settings.keepDataRefused'), tone: 'info', duration: 8000 });
  };

  return (
    <Screen title={t('settings.title')} back={{ label: t('nav.back'), to: '/plus' }}>
      <Section title={t('settings.seller')}>
        <SellerForm
          initial={settings}
          initialPhone={phone ?? ''}
          submitLabel={t('settings.saveSeller')}
          hasRecords={hasRecords}
          onSubmit={async (input) => {
            // No copy, no switch: a failure here stops the save with its message.
            if (input.changeCurrency) await beforeCurrencyChange?.();
            const saved = await saveSeller(db, input);
            await setLanguage(saved.language);
            showToast({ text: t('settings.saved'), tone: 'success' });
          }}
        />
      </Section>
      {children}
      <Section title={t('settings.storage')}>
        <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 text-base shadow-sm">
          {storage ? (
            <>
              <p>{storage.persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
              {!storage.persisted && (
                <Button variant="secondary" icon="check" onClick={() => void keepData()}>
                  {t('settings.keepData')}
                </Button>
              )}
              {storage.usage !== undefined && (
                <p className="text-stone-600">
                  {t('settings.usage', { used: formatMegabytes(storage.usage, settings.language) })}
                </p>
              )}
            </>
          ) : (
            <p>{t('app.loading')}</p>
          )}
        </div>
      </Section>
    </Screen>
  );
}
