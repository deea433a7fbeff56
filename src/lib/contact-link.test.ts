import { describe, expect, it } from 'vitest';
import { contactLink, smsLink, smsToLink, telLink } from './contact-link';
import { MESSAGE_MAX } from './wa-link';

const TRICKY = 'Bonjour Adèle 🌶️\nPiment & arachide + mangue #promo 50% « 500 F » l’unité !';

describe('smsLink', () => {
  it('writes the exact sms: link Android’s messages apps read, number with its +', () => {
    expect(smsLink('+2250707123457', 'Bonjour Awa')).toEqual({
      ok: true,
      href: 'sms:+2250707123457?body=Bonjour%20Awa',
    });
  });

  it('encodes &, #, +, %, new lines and emoji so the body arrives whole', () => {
    const r = smsLink('+2250707123457', TRICKY);
    expect(r).toEqual({
      ok: true,
      href:
        'sms:+2250707123457?body=Bonjour%20Ad%C3%A8le%20%F0%9F%8C%B6%EF%B8%8F%0A' +
        'Piment%20%26%20arachide%20%2B%20mangue%20%23promo%2050%25%20%C2%AB%20500%20F%20%C2%BB' +
        '%20l%E2%80%99unit%C3%A9%20%21',
    });
    if (!r.ok) throw new Error('refused');
    // Read back as a URL: one "body" parameter holding the whole text, nothing cut at & or #.
    const url = new URL(r.href);
    expect(url.protocol).toBe('sms:');
    expect(url.pathname).toBe('+2250707123457');
    expect(url.hash).toBe('');
    expect([...url.searchParams.keys()]).toEqual(['body']);
    expect(url.searchParams.get('body')).toBe(TRICKY);
  });

  it('without a number, lets the messages app ask whom to send it to', () => {
    expect(smsLink(undefined, 'Bonjour')).toEqual({ ok: true, href: 'sms:?body=Bonjour' });
  });

  it('refuses an empty text and one over the limit', () => {
    expect(smsLink('+2250707123457', '  ')).toEqual({ ok: false, reason: 'empty' });
    expect(smsLink('+2250707123457', 'a'.repeat(MESSAGE_MAX + 1))).toEqual({
      ok: false,
      reason: 'too-long',
    });
  });
});

describe('telLink and smsToLink', () => {
  it('open the messages app with nothing written yet', () => {
    expect(smsToLink('+2250707123457')).toBe('sms:+2250707123457');
  });
  it('opens the dialer on the E.164 number', () => {
    expect(telLink('+2250707123457')).toBe('tel:+2250707123457');
    expect(telLink('+212612345678')).toBe('tel:+212612345678');
  });
});

describe('contactLink', () => {
  it('follows her channel: wa.me, sms: or tel:', () => {
    expect(contactLink('whatsapp', '+2250707123457', 'Bonjour & merci')).toEqual({
      ok: true,
      href: 'https://wa.me/2250707123457?text=Bonjour%20%26%20merci',
    });
    expect(contactLink('sms', '+2250707123457', 'Bonjour & merci')).toEqual({
      ok: true,
      href: 'sms:+2250707123457?body=Bonjour%20%26%20merci',
    });
    // A call carries no text: the seller says it.
    expect(contactLink('call', '+2250707123457', TRICKY)).toEqual({
      ok: true,
      href: 'tel:+2250707123457',
    });
  });

  it('a call needs a number; WhatsApp and SMS ask for the contact without one', () => {
    expect(contactLink('call', undefined, 'Bonjour')).toEqual({ ok: false, reason: 'no-number' });
    expect(contactLink('whatsapp', undefined, 'Bonjour')).toEqual({
      ok: true,
      href: 'https://wa.me/?text=Bonjour',
    });
    expect(contactLink('sms', undefined, 'Bonjour')).toEqual({
      ok: true,
      href: 'sms:?body=Bonjour',
    });
  });
});
