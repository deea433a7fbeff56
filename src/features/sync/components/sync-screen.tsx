import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { SyncConfig, SyncStatus } from '../../../db/sync-state';
import { useLang, useT, useTn } from '../../../i18n';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { useOnline } from '../../../ui/use-online';
import { showToast } from '../../../ui/store';
import { qrPayload } from '../address';
import { disableSync } from '../commands';
import { getSyncConfig, getSyncStatus } from '../queries';
import { QrCode } from './qr-code';
import { SyncForm } from './sync-form';
import { needsCredentials, statusText } from './status-text';

export function SyncStatusLine({
  config,
  status,
}: {
  config: SyncConfig | null;
  status: SyncStatus | null;
}) {
  const t = useT();
  const tn = useTn();
  const lang = useLang();
  const { currency } = useSettings();
  const online = useOnline();
  const trouble = needsCredentials(status);
  return (
    <div role="status" className="flex flex-col gap-1">
      <p
        data-testid="sync-status"
        className={`text-lg font-semibold ${trouble ? 'text-red-800' : 'text-stone-900'}`}
      >
        {statusText(t, lang, config, status, currency, online)}
      </p>
      {config?.enabled && status?.skipped ? (
        <p className="text-base text-stone-700">{tn('sync.skipped', status.skipped)}</p>
      ) : null}
    </div>
  );
}

function SyncOn({ config, status }: { config: SyncConfig; status: SyncStatus | null }) {
  const t = useT();
  const [showCode, setShowCode] = useState(false);
  const [confirmOff, setConfirmOff] = useState(false);
  const now = async () => (await import('../runner')).syncNow();
  const off = async () => {
    setConfirmOff(false);
    (await import('../runner')).stopSync();
    await disableSync(db);
    showToast({ text: t('sync.disabled'), tone: 'success' });
  };
  return (
    <>
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <SyncStatusLine config={config} status={status} />
        <p className="text-base break-all text-stone-600">
          {t('sync.account', { url: config.url, username: config.username })}
        </p>
        <Button icon="online" onClick={() => void now()}>
          {t('sync.now')}
        </Button>
      </div>
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        {showCode ? (
          <>
            <p className="text-base text-stone-700">{t('sync.qrIntro')}</p>
            <QrCode text={qrPayload(config)} label={t('sync.qrLabel')} />
            <Button variant="secondary" icon="close" onClick={() => setShowCode(false)}>
              {t('sync.qrHide')}
            </Button>
          </>
        ) : (
          <Button variant="secondary" icon="phone" onClick={() => setShowCode(true)}>
            {t('sync.addPhone')}
          </Button>
        )}
      </div>
      <Button variant="ghost" icon="close" onClick={() => setConfirmOff(true)}>
        {t('sync.disable')}
      </Button>
      <ConfirmDialog
        open={confirmOff}
        title={t('sync.disableTitle')}
        confirmLabel={t('sync.disable')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void off()}
        onCancel={() => setConfirmOff(false)}
      >
        {t('sync.disableBody')}
      </ConfirmDialog>
    </>
  );
}

/** Réglages → Synchronisation: the form while off (or refused), the status and actions once on. */
export default function SyncScreen() {
  const t = useT();
  const config = useLiveQuery(() => getSyncConfig(db), []);
  const status = useLiveQuery(() => getSyncStatus(db), []);
  const ready = config !== undefined && status !== undefined;
  const on = Boolean(config?.enabled) && !needsCredentials(status ?? null);
  // Her asking, with the same three: the one way past a refusal besides "Activer".
  const retry = async () => (await import('../runner')).startSync('manual');
  return (
    <Screen title={t('sync.title')} back={{ label: t('nav.back'), to: '/reglages' }}>
      {!ready ? (
        <p className="min-h-96">{t('app.loading')}</p>
      ) : on && config ? (
        <SyncOn config={config} status={status} />
      ) : (
        <>
          {config?.enabled ? (
            <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
              <SyncStatusLine config={config} status={status} />
              <p className="text-base text-stone-700">{t('sync.fix')}</p>
              <Button variant="secondary" icon="online" onClick={() => void retry()}>
                {t('sync.retry')}
              </Button>
            </div>
          ) : (
            <p className="text-lg text-stone-800">{t('sync.intro')}</p>
          )}
          {/* Keyed so that a status change (refused) starts the form from what is kept. */}
          <SyncForm key={config?.since ?? 0} config={config} />
        </>
      )}
    </Screen>
  );
}
