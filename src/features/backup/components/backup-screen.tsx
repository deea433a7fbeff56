import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import { formatDate } from '../../../lib/when';
import { Button } from '../../../ui/button';
import { Checkbox } from '../../../ui/field';
import { reportError } from '../../../ui/form-errors';
import { Icon } from '../../../ui/icon';
import { Screen, Section } from '../../../ui/screen';
import { showToast } from '../../../ui/store';
import { makeBackupFile } from '../backup-client';
import { markBackupDone } from '../commands';
import { getBackupStatus } from '../queries';
import { shareOrDownload } from '../../../pwa/share';
import { ExportPanel } from './export-panel';
import { lastBackupText } from './last-backup';
import { RestorePanel } from './restore-panel';

/** /sauvegarde: make a backup (the one main action), restore one, export CSV. */
export function BackupScreen() {
  const t = useT();
  const lang = useLang();
  const status = useLiveQuery(() => getBackupStatus(db), []);
  const [includePhotos, setIncludePhotos] = useState(true);
  const [busy, setBusy] = useState(false);

  const create = async () => {
    setBusy(true);
    try {
      const { file, header } = await makeBackupFile(includePhotos);
      const date = formatDate(header.createdAt, lang, 'long');
      const outcome = await shareOrDownload(file, {
        title: t('backup.shareTitle'),
        text: t('backup.shareText', { date }),
      });
      if (outcome === 'cancelled') return;
      await markBackupDone(db, header.createdAt);
      showToast({
        tone: 'success',
        text: outcome === 'shared' ? t('backup.shared') : t('backup.downloaded'),
      });
    } catch (error) {
      reportError(t, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Screen title={t('backup.title')} back={{ label: t('nav.back'), to: '/plus' }}>
      <p className="text-lg text-stone-700">{t('backup.intro')}</p>
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <p className="text-lg font-semibold text-stone-900" data-testid="last-backup">
          {status ? lastBackupText(t, status.lastBackupAt) : t('app.loading')}
        </p>
        <Checkbox
          label={t('backup.includePhotos')}
          checked={includePhotos}
          onChange={setIncludePhotos}
        />
        <Button icon="share" disabled={busy} onClick={() => void create()}>
          {busy ? t('backup.creating') : t('backup.create')}
        </Button>
      </div>
      <Section title={t('backup.restoreTitle')}>
        <RestorePanel />
      </Section>
      {/* The spreadsheet export is rarely needed: folded away under "Avancé". */}
      <details className="group rounded-2xl bg-white shadow-sm">
        <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-4 text-lg font-semibold text-brand-800">
          <Icon name="chevron" className="size-5 transition-transform group-open:rotate-90" />
          {t('backup.advanced')}
        </summary>
        <div className="flex flex-col gap-2 px-4 pb-4">
          <h2 className="text-lg font-bold text-stone-800">{t('backup.csvTitle')}</h2>
          <ExportPanel />
        </div>
      </details>
    </Screen>
  );
}

export default BackupScreen;
