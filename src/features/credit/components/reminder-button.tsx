import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import type { Customer } from '../../../lib/domain';
import { DAY_MS, formatAgo } from '../../../lib/dates';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { reportError } from '../../../ui/form-errors';
import { showToast } from '../../../ui/store';
import { queueReminder, REMINDER_PAUSE_DAYS } from '../commands';
import { lastReminderAt } from '../queries/ledger';

/**
 * "Rappel": prepares a gentle reminder of what she owes in the outbox. The last one shows under
 * the button; a second within three days asks first ("relancée il y a 2 jours").
 */
export function ReminderButton({
  customer,
  className,
}: {
  customer: Customer;
  className?: string;
}) {
  const [now] = useState(() => Date.now());
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const last = useLiveQuery(() => lastReminderAt(db, customer.id), [customer.id]);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const recent = typeof last === 'number' && now - last < REMINDER_PAUSE_DAYS * DAY_MS;

  const prepare = () => {
    setBusy(true);
    queueReminder(db, customer.id)
      .then(
        (queued) =>
          showToast({
            text: queued ? t('credit.reminderQueued') : t('credit.reminderRefused'),
            tone: queued ? 'success' : 'info',
            duration: 8000,
            action: queued
              ? { label: t('credit.seeMessages'), run: () => navigate('/messages') }
              : undefined,
          }),
        (error) => reportError(t, error),
      )
      .finally(() => setBusy(false));
  };

  return (
    <div className="flex flex-col gap-1">
      <Button
        variant="secondary"
        icon="bell"
        className={className}
        disabled={busy || last === undefined}
        onClick={() => (recent ? setAsking(true) : prepare())}
      >
        {t('credit.remind')}
      </Button>
      {typeof last === 'number' && (
        <p className="text-center text-sm text-stone-600">
          {t('credit.remindedAgo', { ago: formatAgo(last, lang, now) })}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={t('credit.remindAgainTitle', {
          ago: typeof last === 'number' ? formatAgo(last, lang, now) : '',
        })}
        confirmLabel={t('credit.remindAgain')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          prepare();
        }}
      >
        {t('credit.remindAgainBody')}
      </ConfirmDialog>
    </div>
  );
}
