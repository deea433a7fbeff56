import { useState } from 'react';
import { db } from '../../../db/db';
import { useT, useTn } from '../../../i18n';
import { DEFAULT_THANKS_EXPIRE_DAYS, THANKS_EXPIRE_CHOICES } from '../../../lib/outbox-age';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { SelectField } from '../../../ui/field';
import { reportError } from '../../../ui/form-errors';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { clearExpired, setThanksExpireDays } from '../commands';

/**
 * The head of "Expirés": thank-yous grown too old and "réservation prête" messages whose product
 * is gone. They are never sent and never dropped unseen: the seller reads them (listed below by
 * the outbox screen) and clears them, after a confirmation that says how many.
 */
export function ExpiredMessages({ total }: { total: number }) {
  const t = useT();
  const tn = useTn();
  const settings = useSettings();
  const [confirming, setConfirming] = useState(false);
  const days = settings.thanksExpireDays ?? DEFAULT_THANKS_EXPIRE_DAYS;
  const fail = (e: unknown) => reportError(t, e);

  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-xl font-bold">{t('outbox.expired.title')}</h2>
      <p className="text-base text-stone-700">{t('outbox.expired.intro')}</p>
      <SelectField
        label={t('outbox.expired.days')}
        value={String(days)}
        onChange={(e) => setThanksExpireDays(db, Number(e.target.value)).catch(fail)}
      >
        {THANKS_EXPIRE_CHOICES.map((n) => (
          <option key={n} value={n}>
            {tn('outbox.expired.daysValue', n)}
          </option>
        ))}
      </SelectField>
      {total === 0 ? (
        <p className="text-lg text-stone-700">{t('outbox.expired.empty')}</p>
      ) : (
        <Button variant="danger" icon="trash" onClick={() => setConfirming(true)}>
          {t('outbox.expired.clear')}
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        danger
        title={t('outbox.expired.clearTitle')}
        confirmLabel={t('outbox.expired.clear')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          clearExpired(db).then(
            (n) => showToast({ text: tn('outbox.expired.cleared', n), tone: 'success' }),
            fail,
          );
        }}
      >
        {tn('outbox.expired.count', total)}
      </ConfirmDialog>
    </div>
  );
}
