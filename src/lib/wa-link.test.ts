import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX, waLink } from './wa-link';

function decode(href: string) {
  const url = new URL(href);
  return { host: url.host, path: url.pathname, text: url.searchParams.get('text') };
}

describe('waLink', () => {
  it('puts the digits only in the path', () => {
    const r = waLink('+2250707123456', 'Bonjour');
    expect(r).toEqual({ ok: true, href: 'https://wa.me/2250707123456?text=Bonjour' });
  });

  it('encodes accents, emoji, new lines, &, +, # and quotes so the text arrives whole', () => {
    const text =
      'Bonjour Adèle 🌶️\nPiment & arachide + mangue #promo « 500 F » l\'unité "frais" (bio) !';
    const r = waLink('+2290197123456', text);
    if (!r.ok) throw new Error('refused');
    expect(r.href.startsWith('https://wa.me/2290197123456?text=')).toBe(true);
    const query = r.href.split('?text=')[1] ?? '';
    for (const raw of [' ', '\n', '&', '+', '#', '"', "'", '(', 'è', '🌶'])
      expect(query).not.toContain(raw);
    expect(query).toContain('%0A');
    expect(query).toContain('%26');
    expect(query).toContain('%2B');
    expect(query).toContain('%23');
    expect(query).toContain('%27');
    expect(decode(r.href)).toEqual({ host: 'wa.me', path: '/2290197123456', text });
  });

  it('without a number, lets WhatsApp ask for the contact', () => {
    const r = waLink(undefined, 'Bonjour');
    expect(r).toEqual({ ok: true, href: 'https://wa.me/?text=Bonjour' });
  });

  it('refuses an empty message and one over 1,000 characters', () => {
    expect(waLink('+2250707123456', '   ')).toEqual({ ok: false, reason: 'empty' });
    expect(waLink('+2250707123456', 'a'.repeat(MESSAGE_MAX)).ok).toBe(true);
    expect(waLink('+2250707123456', 'a'.repeat(MESSAGE_MAX + 1))).toEqual({
      ok: false,
      reason: 'too-long',
    });
    // An emoji counts as one character, not two UTF-16 units.
    expect(waLink(undefined, '🌶'.repeat(MESSAGE_MAX)).ok).toBe(true);
  });

  it('encodes a name with a lone surrogate instead of throwing (it blanked the app)', () => {
    const r = waLink('+2250707123456', 'Bonjour A\uD83Dwa');
    expect(r).toEqual({
      ok: true,
      href: 'https://wa.me/2250707123456?text=Bonjour%20A%EF%BF%BDwa',
    });
  });
});
