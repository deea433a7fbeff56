import { useId, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT, useTn } from '../../../i18n';
import { UserError } from '../../../i18n/errors';
import { formatDate } from '../../../lib/when';
import { Button, buttonClass } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { reportError } from '../../../ui/form-errors';
import { Icon } from '../../../ui/icon';
import { showToast } from '../../../ui/store';
import { inspectBackupFile, planInspectedMerge, restoreInspected } from '../backup-client';
import type { RestoreMode } from '../commands';
import { countNotebook, listSafetyCopies } from '../queries';
import type { BackupSummary } from '../summary';
import type { MergePlan } from '../../../lib/notebook';
import { MergePlanView } from './merge-plan';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; summary: BackupSummary }
  | { step: 'planning' }
  | { step: 'plan'; plan: MergePlan }
  | { step: 'writing'; done: number; total: number };

export function useCount() {
  const tn = useTn();
  return (what: 'customers' | 'sales' | 'gifts' | 'products', n: number) => tn(`backup.${what}`, n);
}

/** Restaurer: choose → checked completely → preview → replace (confirmed) or merge. */
export function RestorePanel() {
  const t = useT();
  const lang = useLang();
  const count = useCount();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const mine = useLiveQuery(() => countNotebook(db), []);
  const copies = useLiveQuery(() => listSafetyCopies(db), []);
  const day = (at: number) => formatDate(at, lang, 'long');
  const dayShort = (at: number) => formatDate(at, lang, 'dayMonth');

  const inspect = async (file: Blob) => {
    setRefusal(null);
    setState({ step: 'reading' });
    try {
      setState({ step: 'preview', summary: await inspectBackupFile(file) });
    } catch (error) {
      setState({ step: 'idle' });
      if (error instanceof UserError) setRefusal(t(error.key, error.params));
      else reportError(t, error);
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  const plan = async () => {
    setState({ step: 'planning' });
    try {
      setState({ step: 'plan', plan: await planInspectedMerge() });
    } catch (error) {
      setState({ step: 'idle' });
      if (error instanceof UserError) setRefusal(t(error.key, error.params));
      else reportError(t, error);
    }
  };

  const write = async (mode: RestoreMode) => {
    setConfirming(false);
    setState({ step: 'writing', done: 0, total: 1 });
    try {
      const result = await restoreInspected(mode, (done, total) =>
        setState({ step: 'writing', done, total }),
      );
      const after = await countNotebook(db);
      showToast({
        tone: 'success',
        duration: 8000,
        text:
          result.mode === 'replace'
            ? t('backup.restored', {
                customers: count('customers', after.customers),
                sales: count('sales', after.sales),
              })
            : t('backup.merged', {
                added: result.added,
                updated: result.updated,
                deleted: result.deleted,
              }),
      });
      setState({ step: 'idle' });
    } catch (error) {
      setState({ step: 'idle' });
      reportError(t, error);
    }
  };

  if (state.step === 'writing') {
    const percent = Math.round((100 * state.done) / Math.max(1, state.total));
    return (
      <div className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <p className="text-lg font-semibold">{t('backup.restoring')}</p>
        <div
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-label={t('backup.restoring')}
          className="h-4 overflow-hidden rounded-full bg-stone-200"
        >
          <div className="h-full bg-leaf-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
        <p className="text-base text-stone-700">{percent} %</p>
      </div>
    );
  }

  if (state.step === 'planning')
    return <p className="rounded-2xl bg-white p-4 text-lg shadow-sm">{t('backup.planning')}</p>;
  if (state.step === 'plan') {
    return (
      <MergePlanView
        plan={state.plan}
        onConfirm={() => void write('merge')}
        onCancel={() => setState({ step: 'idle' })}
      />
    );
  }

  if (state.step === 'preview') {
    const s = state.summary;
    return (
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <p className="text-base text-stone-600">
          {t('backup.previewMade', { date: day(s.createdAt) })}
        </p>
        <p className="text-lg font-bold text-stone-900" data-testid="restore-preview">
          {[count('customers', s.counts.customers), count('sales', s.counts.sales)].join(', ')}
          {s.from !== undefined &&
            s.to !== undefined &&
            `, ${t('backup.previewRange', { from: dayShort(s.from), to: (new Date(s.from).getFullYear() === new Date(s.to).getFullYear() ? dayShort : day)(s.to) })}`}
        </p>
        <p className="text-base text-stone-700">
          {[count('gifts', s.counts.gifts), count('products', s.counts.products)].join(', ')}
          {s.photos === 'omitted' && ` · ${t('backup.photosOmitted')}`}
        </p>
        {s.dropped > 0 && (
          <p className="text-base text-stone-700">{t('backup.previewDropped', { n: s.dropped })}</p>
        )}
        <Button variant="danger" icon="download" onClick={() => setConfirming(true)}>
          {t('backup.replace')}
        </Button>
        <p className="text-sm text-stone-600">{t('backup.replaceHint')}</p>
        <Button variant="secondary" icon="plus" onClick={() => void plan()}>
          {t('backup.merge')}
        </Button>
        <p className="text-sm text-stone-600">{t('backup.mergeHint')}</p>
        <Button variant="ghost" onClick={() => setState({ step: 'idle' })}>
          {t('common.cancel')}
        </Button>
        <ConfirmDialog
          open={confirming}
          danger
          title={t('backup.confirmReplaceTitle')}
          confirmLabel={t('backup.confirmReplace')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void write('replace')}
          onCancel={() => setConfirming(false)}
        >
          {t('backup.confirmReplaceBody', {
            customers: count('customers', mine?.customers ?? 0),
            sales: count('sales', mine?.sales ?? 0),
          })}
        </ConfirmDialog>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <p className="text-base text-stone-700">{t('backup.restoreIntro')}</p>
      {/* A real <label> for the hidden input: the file chooser opens from a thumb-sized button. */}
      <label htmlFor={inputId} className={buttonClass('secondary', 'cursor-pointer')}>
        <Icon name="download" />
        {state.step === 'reading' ? t('backup.reading') : t('backup.chooseFile')}
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        disabled={state.step === 'reading'}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void inspect(file);
        }}
      />
      {refusal && (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-base font-semibold text-red-800">
          {refusal}
        </p>
      )}
      {copies && copies.length > 0 && (
        <div className="flex flex-col gap-2 border-t border-stone-200 pt-3">
          <h3 className="text-base font-bold text-stone-800">{t('backup.safetyTitle')}</h3>
          {copies.map((c) => (
            <div key={c.id} className="flex flex-col gap-1">
              <p className="text-base text-stone-700">
                {t('backup.safetyItem', {
                  date: day(c.createdAt),
                  customers: count('customers', c.customers),
                  sales: count('sales', c.sales),
                })}
              </p>
              <Button variant="secondary" onClick={() => void inspect(c.file)}>
                {t('backup.safetyRestore')}
              </Button>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
