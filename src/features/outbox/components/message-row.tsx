import { useState } from 'react';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import { formatWhen } from '../../../lib/when';
import { waLink } from '../../../lib/wa-link';
import { Button, buttonClass } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { reportError } from '../../../ui/form-errors';
import { Icon } from '../../../ui/icon';
import { showToast } from '../../../ui/store';
import { useFormattedPhone } from '../../../ui/use-phone';
import { useSettings } from '../../../ui/settings-context';
import { deleteMessage, markPending, markSent } from '../commands';
import type { OutboxRow } from '../queries';

/**
 * One prepared message. "Envoyer sur WhatsApp" is a real link (a long press copies it; it works
 * even if a script fails); opening it marks the message sent, which the seller can undo.
 */
export function MessageRow({ row }: { row: OutboxRow }) {
  const t = useT();
  const lang = useLang();
  const { country } = useSettings();
  const { message, customer } = row;
  const phone = useFormattedPhone(customer?.phone, country);
  const [confirming, setConfirming] = useState(false);
  const refuses = customer && !customer.acceptsMessages;
  const link = waLink(customer?.phone, message.text);
  const name = customer ? customer.firstName : t('outbox.passing');
  const fail = (e: unknown) => reportError(t, e);

  return (
    <li className="flex flex-col gap-2 rounded-2xl bg-white p-3 shadow-sm">
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="text-lg leading-tight font-bold">
            {name}
            {customer?.nickname && (
              <span className="font-normal text-stone-600"> · {customer.nickname}</span>
            )}
          </p>
          <p className="text-sm text-stone-600">
            {t(`outbox.kind.${message.kind}`)}
            {phone && (
              <>
                {' · '}
                <span dir="ltr">{phone}</span>
              </>
            )}
          </p>
        </div>
        <button
          type="button"
          aria-label={t('common.delete')}
          className="flex size-12 shrink-0 items-center justify-center rounded-xl text-stone-500 active:bg-stone-100"
          onClick={() => setConfirming(true)}
        >
          <Icon name="trash" />
        </button>
      </div>
      <p className="rounded-xl bg-leaf-600/10 p-3 text-base whitespace-pre-line">{message.text}</p>
      {refuses && <p className="font-semibold text-red-800">{t('outbox.refuses', { name })}</p>}
      {!refuses && !customer?.phone && message.status === 'pending' && (
        <p className="text-sm text-stone-600">{t('outbox.noNumber')}</p>
      )}
      {!link.ok && (
        <p role="alert" className="font-semibold text-red-800">
          {t('outbox.tooLong', { max: 1000 })}
        </p>
      )}
      {message.status === 'pending' && !refuses && link.ok && (
        <a
          href={link.href}
          target="_blank"
          rel="noopener noreferrer"
          className={buttonClass('whatsapp')}
          onClick={() => {
            // The link opens WhatsApp by itself; the mark follows, and can be undone.
            markSent(db, message.id).catch(fail);
          }}
        >
          <Icon name="whatsapp" />
          {t('outbox.send')}
        </a>
      )}
      {message.status === 'sent' && (
        <div className="flex items-center justify-between gap-2">
          <span className="flex items-center gap-1 text-base text-leaf-700">
            <Icon name="check" className="size-5" />
            {t('outbox.sentAt', { when: formatWhen(message.sentAt ?? message.updatedAt, lang) })}
          </span>
          <Button variant="ghost" onClick={() => markPending(db, message.id).catch(fail)}>
            {t('outbox.markPending')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        danger
        title={t('outbox.deleteTitle')}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          deleteMessage(db, message.id).then(
            () => showToast({ text: t('outbox.deleted'), tone: 'success' }),
            fail,
          );
        }}
      >
        <span className="line-clamp-3">{message.text}</span>
      </ConfirmDialog>
    </li>
  );
}
