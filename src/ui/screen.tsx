import { useRef, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n';
import { useOnline } from './use-online';
import { padScreenEnd, useDockHeight, useDockPlace } from './dock';
import { Icon } from './icon';
import { Arrivals } from './toasts';

/**
 * Says, in words, that there is no network: a strip under the title, so the title keeps its
 * room. Only the words that fit a 320 px phone ("Hors ligne"); screen readers get the reassurance.
 */
function OfflineStrip() {
  const t = useT();
  const online = useOnline();
  if (online) return null;
  return (
    <div
      role="status"
      // The start frame (index.html) has it, and drops it when the phone is online.
      data-offline-strip=""
      className="flex items-center gap-2 bg-stone-800 px-3 py-1 text-sm font-bold text-white"
    >
      <Icon name="offline" className="size-4" />
      <span>{t('net.offline')}</span>
      <span className="sr-only">{t('net.offlineShort')}</span>
    </div>
  );
}

interface ScreenProps {
  title: string;
  /** A second line under the title: whose screen it is ("du quartier Zongo"). */
  subtitle?: string;
  /**
   * Shows a back arrow; pops history, or goes to `to` when the screen was opened directly.
   * `replace`: always goes to `to` in place of this screen (a step inside a sale).
   */
  back?: { label: string; to: string; replace?: boolean };
  actions?: ReactNode;
  children: ReactNode;
}

export function Screen({ title, subtitle, back, actions, children }: ScreenProps) {
  const navigate = useNavigate();
  const header = useRef<HTMLElement>(null);
  useDockHeight(header, 'top');
  const main = useRef<HTMLElement>(null);
  useDockPlace(main, padScreenEnd);
  return (
    <>
      <header ref={header} data-dock="top" className="sticky top-0 z-10 text-white shadow">
        <div className="flex min-h-14 items-center gap-1 bg-brand-700 px-2">
          {back && (
            <button
              type="button"
              aria-label={back.label}
              className="flex size-12 shrink-0 items-center justify-center rounded-full active:bg-brand-800"
              onClick={() => {
                const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
                if (idx > 0 && !back.replace) navigate(-1);
                else navigate(back.to, { replace: true });
              }}
            >
              <Icon name="back" className="size-7" />
            </button>
          )}
          <div className={`flex min-w-0 flex-1 flex-col py-1 ${back ? '' : 'ps-2'}`}>
            {/* A long name wraps to a second line rather than losing its end. */}
            <h1 className="line-clamp-2 text-xl leading-tight font-bold break-words">{title}</h1>
            {subtitle && (
              <p className="truncate text-base leading-tight text-brand-100">{subtitle}</p>
            )}
          </div>
          {actions}
        </div>
        <OfflineStrip />
      </header>
      <main ref={main} className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 pt-4">
        <Arrivals />
        {children}
      </main>
    </>
  );
}

export function EmptyState({
  icon,
  title,
  children,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-2xl border-2 border-dashed border-brand-200 bg-white px-4 py-8 text-center">
      {icon}
      <p className="text-lg font-semibold text-stone-800">{title}</p>
      {children}
    </div>
  );
}

export function Section({
  title,
  children,
  action,
}: {
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <section className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-lg font-bold text-stone-800">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}
