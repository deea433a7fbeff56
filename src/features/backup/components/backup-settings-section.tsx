import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { LinkButton } from '../../../ui/button';
import { Section } from '../../../ui/screen';
import { getBackupStatus } from '../queries';
import { lastBackupText } from './last-backup';

/** Réglages → Sauvegarde: when the last one was, and the way to the backup screen. */
export function BackupSettingsSection() {
  const t = useT();
  const status = useLiveQuery(() => getBackupStatus(db), []);

  return (
    <Section title={t('backup.title')}>
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <p className="text-lg font-semibold text-stone-900">
          {status ? lastBackupText(t, status.lastBackupAt) : t('app.loading')}
        </p>
        <LinkButton to="/sauvegarde" icon="save">
          {t('backup.settingsOpen')}
        </LinkButton>
      </div>
    </Section>
  );
}
