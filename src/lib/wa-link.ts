import { TEXT_MAX, isTooLong, toWellFormed } from './limits';
import { waDigits } from './phone';

/** WhatsApp cuts nothing at this length, and a seller's message never needs more. */
export const MESSAGE_MAX = TEXT_MAX.message;

export type WaLinkResult = { ok: true; href: string } | { ok: false; reason: 'empty' | 'too-long' };

/**
 * `https://wa.me/<digits>?text=<text>`: the digits of the E.164 number (no "+", no spaces) and
 * the text percent-encoded whole (accents, emoji, new lines, &, +, #, quotes). Without a number,
 * `https://wa.me/?text=…` lets WhatsApp ask which contact.
 */
export function waLink(e164: string | undefined, text: string): WaLinkResult {
  if (!text.trim()) return { ok: false, reason: 'empty' };
  if (isTooLong(text, MESSAGE_MAX)) return { ok: false, reason: 'too-long' };
  const path = e164 ? waDigits(e164) : '';
  return { ok: true, href: `https://wa.me/${path}?text=${encodeText(text)}` };
}

/**
 * encodeURIComponent, plus the five characters it leaves as they are (! ' ( ) *): some
 * apps cut a link at a bare quote or bracket, and browsers rewrite them anyway.
 */
export function encodeText(text: string): string {
  // A lone surrogate makes encodeURIComponent throw (and React with it): never let one through.
  return encodeURIComponent(toWellFormed(text)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
