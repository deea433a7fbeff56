import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { requestPersistence, storageInfo } from '../../../pwa/storage';
import { Button, LinkButton } from '../../../ui/button';
import { Section } from '../../../ui/screen';
import { showToast } from '../../../ui/store';
import { getBackupStatus } from '../queries';
import { lastBackupText } from './last-backup';

/** Réglages → Sauvegarde: when the last one was, and protecting the storage if it is not. */
export function BackupSettingsSection() {
  const t = useT();
  const status = useLiveQuery(() => getBackupStatus(db), []);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    storageInfo().then(
      (info) => setPersisted(info.persisted),
      () => setPersisted(null),
    );
  }, []);

  const protect = async () => {
    const granted = await requestPersistence();
    setPersisted(granted);
    if (!granted) showToast({ text: t('backup.protectRefused'), tone: 'info', duration: 8000 });
  };

  return (
    <Section title={t('backup.title')}>
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <p className="text-lg font-semibold text-stone-900">
          {status ? lastBackupText(t, status.lastBackupAt) : t('app.loading')}
        </p>
        <LinkButton to="/sauvegarde" icon="save">
          {t('backup.settingsOpen')}
        </LinkButton>
        {persisted === false && (
          <Button variant="secondary" icon="check" onClick={() => void protect()}>
            {t('backup.protect')}
          </Button>
        )}
      </div>
    </Section>
  );
}
