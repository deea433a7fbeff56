import { useState } from 'react';
import { db } from '../../../db/db';
import type { ContactChannel, OutboxMessage } from '../../../lib/domain';
import { useLang, useT, type MessageKey } from '../../../i18n';
import { formatAgo } from '../../../lib/dates';
import { formatWhen } from '../../../lib/when';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { reportError } from '../../../ui/form-errors';
import { Icon } from '../../../ui/icon';
import { showToast } from '../../../ui/store';
import { useFormattedPhone } from '../../../ui/use-phone';
import { useSettings } from '../../../ui/settings-context';
import { deleteMessage, markOpened, markPending, markSent } from '../commands';
import type { OutboxRow } from '../queries';
import { SendAction } from './send-action';

const SENT_VIA: Record<ContactChannel, MessageKey> = {
  whatsapp: 'outbox.sentAt',
  sms: 'outbox.sentVia.sms',
  call: 'outbox.sentVia.call',
};

/** "Envoyé ?" after WhatsApp or the messages app was opened; "Appel passé ?" after the dialer. */
function AskSent({ message }: { message: OutboxMessage }) {
  const t = useT();
  const fail = (e: unknown) => reportError(t, e);
  return (
    <div className="flex flex-col gap-2 rounded-xl border-2 border-brand-200 bg-brand-50 p-3">
      <p className="text-lg font-bold">
        {message.via === 'call' ? t('outbox.askCalled') : t('outbox.askSent')}
      </p>
      {/* "Oui" as wide as its word; "Pas encore" takes the rest, on one line even at 320 px. */}
      <div className="grid grid-cols-[auto_1fr] gap-2">
        <Button icon="check" onClick={() => markSent(db, message.id).catch(fail)}>
          {t('outbox.yes')}
        </Button>
        <Button variant="secondary" onClick={() => markPending(db, message.id).catch(fail)}>
          {t('outbox.notYet')}
        </Button>
      </div>
    </div>
  );
}

/** Why an expired message will not go: an old thank-you, or a product no longer available. */
function ExpiredNote({ row }: { row: OutboxRow }) {
  const t = useT();
  const lang = useLang();
  const text =
    row.expired === 'old-thanks'
      ? t('outbox.expired.oldThanks', { when: formatAgo(row.message.createdAt, lang) })
      : row.product
        ? t('outbox.expired.unavailable', { product: row.product.name })
        : t('outbox.expired.gone');
  return (
    <p className="flex items-center gap-2 font-semibold text-amber-900">
      <Icon name="calendar" className="size-5 shrink-0" />
      {text}
    </p>
  );
}

/**
 * One prepared message. Its send link opens WhatsApp, the messages app or the dialer on her own
 * channel; nothing says the message left, so it is "opened" until the seller answers "Envoyé ?".
 */
export function MessageRow({ row }: { row: OutboxRow }) {
  const t = useT();
  const lang = useLang();
  const { country } = useSettings();
  const { message, customer } = row;
  const phone = useFormattedPhone(customer?.phone, country);
  const [confirming, setConfirming] = useState(false);
  const refuses = customer && !customer.acceptsMessages;
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
                <span dir="ltr" className="whitespace-nowrap">
                  {phone}
                </span>
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
      {row.expired && <ExpiredNote row={row} />}
      {refuses && <p className="font-semibold text-red-800">{t('outbox.refuses', { name })}</p>}
      {message.status === 'pending' && !refuses && !row.expired && (
        <SendAction
          customer={customer}
          text={message.text}
          onOpen={(via) => {
            // The link opens the app by itself; the mark follows, and waits for "Envoyé ?".
            markOpened(db, message.id, via).catch(fail);
          }}
        />
      )}
      {message.status === 'opened' && <AskSent message={message} />}
      {message.status === 'sent' && (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span className="flex items-center gap-1 text-base text-leaf-700">
            <Icon name="check" className="size-5" />
            {t(SENT_VIA[message.via ?? 'whatsapp'], {
              when: formatWhen(message.sentAt ?? message.updatedAt, lang),
            })}
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
