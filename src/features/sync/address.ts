/**
 * The three things the cooperative gives ("Adresse du carnet", "Identifiant", "Mot de passe"),
 * checked, and carried from one phone to another in a QR code. The address must be on the app's
 * own origin (the reverse proxy serves the app and /db/: the CSP stays connect-src 'self'), or
 * on the one origin the build names (SYNC_ORIGIN, then added to the CSP).
 */
import type { FieldError } from '../../i18n/errors';

export interface SyncInput {
  url: string;
  username: string;
  password: string;
}

/** Origins the app may reach for sync: its own, and the build's SYNC_ORIGIN if any. */
export function allowedOrigins(): string[] {
  const extra = import.meta.env.VITE_SYNC_ORIGIN as string | undefined;
  return [location.origin, ...(extra ? [extra] : [])];
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The address as stored (no trailing slash), or the message beside the field. */
export function checkAddress(
  raw: string,
  origins: readonly string[],
): { ok: true; url: string } | { ok: false; error: FieldError } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, error: { key: 'sync.errorAddress' } };
  }
  // Credentials belong in their own fields: a URL travels (logs, history, a QR code's text).
  if (url.username || url.password) return { ok: false, error: { key: 'sync.errorAddressSecret' } };
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
  const path = url.pathname.replace(/\/+$/, '');
  if (!secure || url.search || url.hash || !/\/[^/]+$/.test(path))
    return { ok: false, error: { key: 'sync.errorAddress' } };
  if (!origins.includes(url.origin))
    return {
      ok: false,
      error: { key: 'sync.errorAddressOrigin', params: { origin: origins[0] ?? '' } },
    };
  return { ok: true, url: `${url.origin}${path}` };
}

/** Not a URL on purpose: a camera app shows it as text instead of opening it. */
const QR_PREFIX = 'ASSOH-SYNC:';

export function qrPayload(input: SyncInput): string {
  return QR_PREFIX + JSON.stringify({ v: 1, url: input.url, u: input.username, p: input.password });
}

export function readQrPayload(text: string): SyncInput | null {
  if (!text.startsWith(QR_PREFIX)) return null;
  try {
    const raw = JSON.parse(text.slice(QR_PREFIX.length)) as Record<string, unknown>;
    if (raw.v !== 1) return null;
    const { url, u, p } = raw;
    if (typeof url !== 'string' || typeof u !== 'string' || typeof p !== 'string') return null;
    return { url, username: u, password: p };
  } catch {
    return null;
  }
}
