import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { LinkButton } from '../../../ui/button';
import { Section } from '../../../ui/screen';
import { getSyncConfig, getSyncStatus } from '../queries';
import { SyncStatusLine } from './sync-screen';

/** Réglages → Synchronisation: its one status line, and the way to its screen. */
export function SyncSettingsSection() {
  const t = useT();
  const config = useLiveQuery(() => getSyncConfig(db), []);
  const status = useLiveQuery(() => getSyncStatus(db), []);
  return (
    <Section title={t('sync.title')}>
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        {/* The line's room is kept while it loads: nothing below moves. */}
        <div className="min-h-7">
          {config !== undefined && status !== undefined && (
            <SyncStatusLine config={config} status={status} />
          )}
        </div>
        <LinkButton to="/reglages/synchronisation" icon="online">
          {t('sync.open')}
        </LinkButton>
      </div>
    </Section>
  );
}
