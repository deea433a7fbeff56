import { startOfDayOffset } from '../../lib/dates';

const KEY = 'assoh-backup-reminder-until';

/**
 * "Demain" on the backup reminder: hidden until the next calendar day. Kept on this phone only,
 * beside the notebook rather than in it: a passing choice, not something a backup should carry.
 */
export function putOffUntilTomorrow(now = Date.now()): void {
  try {
    localStorage.setItem(KEY, String(startOfDayOffset(now, 1)));
  } catch (error) {
    // Storage refused (private mode, full): the reminder simply comes back at the next start.
    console.warn('reminder not put off', error);
  }
}

export function isPutOff(now = Date.now()): boolean {
  try {
    return now < Number(localStorage.getItem(KEY) ?? 0);
  } catch (error) {
    console.warn('reminder state unreadable', error);
    return false;
  }
}
