import { useT } from '../../../i18n';
import { LinkButton } from '../../../ui/button';
import { Icon } from '../../../ui/icon';
import type { BackupStatus } from '../queries';

/**
 * The home screen's gentle reminder: only after 7 days of new records without a backup. The
 * status comes with the home screen's other reads (getBackupStatus: the settings row and at
 * most three index look-ups), so the reminder draws with them and pushes nothing down later.
 */
export function BackupReminder({ status }: { status: BackupStatus }) {
  const t = useT();
  if (!status.remind) return null;
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
