import { useT } from '../i18n';

/**
 * Opened from a plain http:// address (a cooperative's LAN server, say): no service worker, so
 * no offline use, and no crypto.subtle, so no backup file. Said in words at the top of every
 * screen, in the page's flow so that it covers nothing; saving still works (ids do not need a
 * secure origin, see newId).
 */
export function InsecureOriginNotice() {
  const t = useT();
  if (typeof window === 'undefined' || window.isSecureContext) return null;
  return (
    <p
      role="alert"
      className="mx-auto max-w-xl bg-amber-100 px-4 py-3 text-base font-semibold text-amber-950"
    >
      {t('pwa.insecure')}
    </p>
  );
}
