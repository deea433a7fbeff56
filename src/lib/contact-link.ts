/**
 * The one place that turns a customer's way of being reached into a link: WhatsApp (wa.me), SMS
 * (the phone's messages app) or a call (the dialer). The outbox, the compose screen and every
 * later kind of message (reminders, receipts) go through `contactLink`.
 */
import type { ContactChannel, Customer } from './domain';
import { encodeText, MESSAGE_MAX, waLink } from './wa-link';

export const CONTACT_CHANNELS: readonly ContactChannel[] = ['whatsapp', 'sms', 'call'];

/** Her channel; a message with no customer (or a row from before v5) goes through WhatsApp. */
export function channelOf(customer: Pick<Customer, 'channel'> | undefined): ContactChannel {
  return customer && CONTACT_CHANNELS.includes(customer.channel) ? customer.channel : 'whatsapp';
}

export type ContactLinkResult =
  { ok: true; href: string } | { ok: false; reason: 'empty' | 'too-long' | 'no-number' };

function checkText(text: string): ContactLinkResult | null {
  if (!text.trim()) return { ok: false, reason: 'empty' };
  if ([...text].length > MESSAGE_MAX) return { ok: false, reason: 'too-long' };
  return null;
}

/**
 * `sms:+2250707123457?body=<text>` (RFC 5724), as Android's messages apps read it: the E.164
 * number with its "+", "?body=" (iOS's ";body=" and "&body=" are not needed on Android), the text
 * percent-encoded whole so that &, #, + and new lines arrive as typed. Without a number,
 * `sms:?body=…` lets the messages app ask whom to send it to.
 */
export function smsLink(e164: string | undefined, text: string): ContactLinkResult {
  const refused = checkText(text);
  if (refused) return refused;
  return { ok: true, href: `sms:${e164 ? dialable(e164) : ''}?body=${encodeText(text)}` };
}

/** `sms:+2250707123457`: the messages app, to her, with nothing written yet. */
export function smsToLink(e164: string): string {
  return `sms:${dialable(e164)}`;
}

/** `tel:+2250707123457`: opens the dialer with her number, nothing dialled until she taps. */
export function telLink(e164: string): string {
  return `tel:${dialable(e164)}`;
}

/** An E.164 number as a URI wants it: "+" and digits only. */
function dialable(e164: string): string {
  return `+${e164.replace(/\D/g, '')}`;
}

/**
 * The link that reaches her on her own channel with this text. A call carries no text (the seller
 * reads it or says it in her own words) and needs a number.
 */
export function contactLink(
  channel: ContactChannel,
  e164: string | undefined,
  text: string,
): ContactLinkResult {
  if (channel === 'sms') return smsLink(e164, text);
  if (channel === 'call') {
    const refused = checkText(text);
    if (refused) return refused;
    return e164 ? { ok: true, href: telLink(e164) } : { ok: false, reason: 'no-number' };
  }
  return waLink(e164, text);
}
