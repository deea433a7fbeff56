import { useState } from 'react';
import { Link } from '../../../ui/link';
import { useT } from '../../../i18n';
import { DockBar } from '../../../ui/dock';
import { Icon } from '../../../ui/icon';
import type { BackupStatus } from '../queries';
import { isPutOff, putOffUntilTomorrow } from '../reminder-snooze';

/**
 * The home screen's gentle reminder, after 7 days of new records without a backup: one line
 * docked above the navigation (it pushes nothing off the screen), which "Demain" puts off until
 * tomorrow. The status comes with the home screen's other reads (getBackupStatus: the settings
 * row and at most three index look-ups).
 */
export function BackupReminder({ status }: { status: BackupStatus }) {
  const t = useT();
  const [putOff, setPutOff] = useState(() => isPutOff());
  if (!status.remind || putOff) return null;
  return (
    <DockBar>
      <div className="flex items-center gap-1">
        <Link
          to="/sauvegarde"
          className="flex min-h-12 min-w-0 flex-1 items-center gap-1.5 rounded-xl text-base leading-tight font-semibold text-brand-800 active:bg-brand-100"
        >
          <Icon name="save" className="size-6 text-brand-700" />
          {/* Whole words, on two lines if a narrow phone or a long language needs them. */}
          <span className="min-w-0">{t('backup.reminderAction')}</span>
        </Link>
        <button
          type="button"
          aria-label={t('backup.reminderLaterLabel')}
          className="min-h-12 shrink-0 rounded-xl border-2 border-brand-200 bg-white px-2 text-base font-semibold text-brand-800 active:bg-brand-100"
          onClick={() => {
            putOffUntilTomorrow();
            setPutOff(true);
          }}
        >
          {t('backup.reminderLater')}
        </button>
      </div>
    </DockBar>
  );
}
