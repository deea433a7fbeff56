import { useState, type FormEvent } from 'react';
import { db } from '../../../db/db';
import type { SyncConfig } from '../../../db/sync-state';
import { useT } from '../../../i18n';
import { Button } from '../../../ui/button';
import { TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { showToast } from '../../../ui/store';
import { allowedOrigins, readQrPayload } from '../address';
import { enableSync } from '../commands';
import { canScan, QrScanner } from './qr-scanner';

/**
 * The three things and "Activer"; on a phone whose browser reads QR codes, the camera fills
 * them from the first phone's code instead.
 */
export function SyncForm({ config }: { config: SyncConfig | null }) {
  const t = useT();
  const [url, setUrl] = useState(config?.url ?? '');
  const [username, setUsername] = useState(config?.username ?? '');
  const [password, setPassword] = useState(config?.password ?? '');
  const [scanning, setScanning] = useState(false);
  const { run, message, busy } = useFormErrors(t);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await enableSync(db, { url, username, password }, allowedOrigins());
      // The worker and its PouchDB load only now, once sync is on.
      const { startSync } = await import('../runner');
      startSync('manual');
    });
  };

  const read = (text: string) => {
    setScanning(false);
    const input = readQrPayload(text);
    if (!input) {
      showToast({ text: t('sync.scanForeign'), tone: 'error', duration: 8000 });
      return;
    }
    setUrl(input.url);
    setUsername(input.username);
    setPassword(input.password);
    showToast({ text: t('sync.scanFilled'), tone: 'success' });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {canScan() &&
        (scanning ? (
          <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
            <p className="text-base text-stone-700">{t('sync.scanning')}</p>
            <QrScanner
              label={t('sync.scanning')}
              onRead={read}
              onFailure={() => {
                setScanning(false);
                showToast({ text: t('sync.cameraRefused'), tone: 'error', duration: 8000 });
              }}
            />
            <Button variant="secondary" icon="close" onClick={() => setScanning(false)}>
              {t('sync.scanStop')}
            </Button>
          </div>
        ) : (
          <div className="flex flex-col gap-1">
            <Button variant="secondary" icon="image" onClick={() => setScanning(true)}>
              {t('sync.scan')}
            </Button>
            <p className="text-sm text-stone-600">{t('sync.scanWhere')}</p>
          </div>
        ))}
      <TextField
        label={t('sync.url')}
        hint={t('sync.urlHint')}
        error={message('url')}
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        type="url"
        inputMode="url"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="next"
      />
      <TextField
        label={t('sync.username')}
        error={message('username')}
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        autoComplete="username"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="next"
      />
      <TextField
        label={t('sync.password')}
        error={message('password')}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        type="password"
        autoComplete="current-password"
        enterKeyHint="done"
      />
      <Button type="submit" icon="online" disabled={busy}>
        {t('sync.enable')}
      </Button>
    </form>
  );
}
