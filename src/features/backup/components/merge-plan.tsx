import { useT, type MessageKey } from '../../../i18n';
import type { MergePlan } from '../../../lib/notebook';
import { Button } from '../../../ui/button';

const LINES: Array<keyof MergePlan> = ['added', 'updated', 'deleted', 'kept', 'dropped'];

/** "Ajouter au carnet", before anything is written: what will change, then the seller decides. */
export function MergePlanView({
  plan,
  onConfirm,
  onCancel,
}: {
  plan: MergePlan;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const changes = plan.added + plan.updated + plan.deleted;
  return (
    <div
      className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm"
      data-testid="merge-plan"
    >
      {changes === 0 ? (
        <p className="text-lg font-semibold text-stone-900">{t('backup.planNothing')}</p>
      ) : (
        <>
          <p className="text-lg font-bold text-stone-900">{t('backup.planTitle')}</p>
          <ul className="flex flex-col gap-1 text-base text-stone-800">
            {LINES.filter((k) => plan[k] > 0).map((k) => (
              <li key={k}>{t(`backup.plan.${k}` as MessageKey, { n: plan[k] })}</li>
            ))}
          </ul>
          <p className="text-sm text-stone-600">{t('backup.planHint')}</p>
          <Button icon="check" onClick={onConfirm}>
            {t('backup.planConfirm')}
          </Button>
        </>
      )}
      <Button variant="ghost" onClick={onCancel}>
        {changes === 0 ? t('common.close') : t('common.cancel')}
      </Button>
    </div>
  );
}
