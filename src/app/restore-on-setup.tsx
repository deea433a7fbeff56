import { RestorePanel } from '../features/backup/components/restore-panel';
import { useT } from '../i18n';

/** On a new phone: bring the notebook back from a backup file instead of starting afresh. */
export default function RestoreOnSetup() {
  const t = useT();
  return (
    <details className="rounded-2xl bg-white p-4 shadow-sm">
      <summary className="min-h-12 cursor-pointer py-2 text-lg font-semibold text-brand-800">
        {t('setup.restore')}
      </summary>
      <div className="mt-2 flex flex-col gap-3">
        <p className="text-base text-stone-700">{t('setup.restoreHint')}</p>
        <RestorePanel />
      </div>
    </details>
  );
}
