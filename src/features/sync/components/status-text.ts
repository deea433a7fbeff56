import type { SyncConfig, SyncStatus } from '../../../db/sync-state';
import { startOfDay } from '../../../lib/dates';
import { currencyLabel } from '../../../lib/money';
import type { T } from '../../../i18n';

/** The one status line: "Synchronisé à 14:32", "En attente du réseau", … */
export function statusText(
  t: T,
  lang: string,
  config: SyncConfig | null,
  status: SyncStatus | null,
  currency: string,
  online: boolean,
  now = Date.now(),
): string {
  if (!config?.enabled) return t('sync.status.off');
  // No signal now: the last exchange's time would suggest all is shared; it waits instead.
  const kind = !online && !needsCredentials(status) ? 'offline' : (status?.kind ?? 'syncing');
  if (kind === 'synced' && status?.lastSyncAt) {
    const at = status.lastSyncAt;
    const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' }).format(at);
    if (at >= startOfDay(now)) return t('sync.status.synced', { time });
    const date = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }).format(at);
    return t('sync.status.syncedOn', { date, time });
  }
  if (kind === 'synced' || kind === 'syncing') return t('sync.status.syncing');
  if (kind === 'not-found') return t('sync.status.notFound');
  if (kind === 'currency')
    return t('sync.status.currency', {
      server: currencyLabel(status?.serverCurrency ?? ''),
      phone: currencyLabel(currency),
    });
  return t(`sync.status.${kind}`);
}

/** Statuses the seller fixes by typing again: the form shows, with the status above it. */
export function needsCredentials(status: SyncStatus | null): boolean {
  return (
    status?.kind === 'unauthorized' || status?.kind === 'forbidden' || status?.kind === 'not-found'
  );
}
