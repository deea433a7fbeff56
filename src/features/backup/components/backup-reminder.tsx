import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { LinkButton } from '../../../ui/button';
import { Icon } from '../../../ui/icon';
import { getBackupStatus } from '../queries';

/**
 * The home screen's gentle reminder: only after 7 days of new records without a backup.
 * Reads the settings row and at most three index look-ups (see getBackupStatus).
 */
export function BackupReminder() {
  const t = useT();
  const status = useLiveQuery(() => getBackupStatus(db), []);
  if (!status?.remind) return null;
  return (
    <aside
      aria-labelledby="backup-reminder"
      className="flex flex-col gap-3 rounded-2xl border-2 border-amber-300 bg-amber-50 p-4"
    >
      <p id="backup-reminder" className="flex items-center gap-2 text-lg font-bold text-stone-900">
        <Icon name="save" className="size-6 text-brand-700" />
        {t('backup.reminderTitle')}
      </p>
      <p className="text-base text-stone-700">
        {status.daysSinceBackup === undefined
          ? t('backup.reminderNever')
          : t('backup.reminderDays', { n: status.daysSinceBackup })}
      </p>
      <LinkButton to="/sauvegarde" icon="save">
        {t('backup.reminderAction')}
      </LinkButton>
    </aside>
  );
}
