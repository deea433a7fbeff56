import type { ContactChannel, Customer } from '../../../lib/domain';
import { channelOf, contactLink } from '../../../lib/contact-link';
import { MESSAGE_MAX } from '../../../lib/wa-link';
import { useT, type MessageKey } from '../../../i18n';
import { Button, buttonClass } from '../../../ui/button';
import { Icon, type IconName } from '../../../ui/icon';

const LOOK: Record<ContactChannel, { label: MessageKey; icon: IconName }> = {
  whatsapp: { label: 'outbox.send', icon: 'whatsapp' },
  sms: { label: 'outbox.send.sms', icon: 'message' },
  call: { label: 'outbox.send.call', icon: 'phone' },
};

const NO_NUMBER: Record<ContactChannel, MessageKey> = {
  whatsapp: 'outbox.noNumber',
  sms: 'outbox.noNumber.sms',
  call: 'outbox.noNumber.call',
};

interface SendActionProps {
  customer: Customer | undefined;
  text: string;
  /** False while something the text needs is missing: the button shows, disabled. */
  ready?: boolean;
  /** Runs as the link opens WhatsApp, the messages app or the dialer. */
  onOpen: (via: ContactChannel) => void;
}

/**
 * "Envoyer sur WhatsApp", "Envoyer par SMS" or "Appeler", on her own channel: a real link (a long
 * press copies it; it works even if a script fails). Every screen that sends a message uses this.
 */
export function SendAction({ customer, text, ready = true, onOpen }: SendActionProps) {
  const t = useT();
  const channel = channelOf(customer);
  const look = LOOK[channel];
  const link = contactLink(channel, customer?.phone, text);
  const variant = channel === 'whatsapp' ? 'whatsapp' : 'primary';
  return (
    <>
      {!customer?.phone && <p className="text-sm text-stone-600">{t(NO_NUMBER[channel])}</p>}
      {!link.ok && link.reason === 'too-long' && (
        <p role="alert" className="font-semibold text-red-800">
          {t('outbox.tooLong', { max: MESSAGE_MAX })}
        </p>
      )}
      {link.ok && ready ? (
        <a
          href={link.href}
          // wa.me is a web page: a new tab keeps the app where it was. sms: and tel: hand over
          // to the phone's own app and leave the page as it is.
          {...(channel === 'whatsapp' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
          className={buttonClass(variant)}
          onClick={() => onOpen(channel)}
        >
          <Icon name={look.icon} />
          {t(look.label)}
        </a>
      ) : link.ok || link.reason !== 'no-number' ? (
        <Button variant={variant} icon={look.icon} disabled>
          {t(look.label)}
        </Button>
      ) : null}
    </>
  );
}
