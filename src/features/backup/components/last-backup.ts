import type { T } from '../../../i18n';
import { daysBetween } from '../../../lib/dates';

/** "Dernière sauvegarde il y a 3 jours", in calendar days. */
export function lastBackupText(t: T, lastBackupAt: number | undefined, now = Date.now()): string {
  if (lastBackupAt === undefined) return t('backup.never');
  const n = daysBetween(lastBackupAt, now);
  if (n <= 0) return t('backup.lastToday');
  if (n === 1) return t('backup.lastYesterday');
  return t('backup.lastDays', { n });
}
