import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n';
import { useOnline } from '../ui/use-online';
import { Icon } from './icon';

/**
 * Says, in words, that there is no network and that nothing is lost: a strip under the title,
 * so the title itself ("Vente pour Adèle") keeps its room.
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
      className="flex items-center gap-2 bg-stone-800 px-3 py-1 text-sm text-white"
    >
      <Icon name="offline" className="size-4" />
      <span className="shrink-0 font-bold whitespace-nowrap">{t('net.offline')}</span>
      <span className="truncate">{t('net.offlineShort')}</span>
    </div>
  );
}

interface ScreenProps {
  title: string;
  /** Shows a back arrow; pops history, or goes to `backTo` when the screen was opened directly. */
  back?: { label: string; to: string };
  actions?: ReactNode;
  children: ReactNode;
}

export function Screen({ title, back, actions, children }: ScreenProps) {
  const navigate = useNavigate();
  return (
    <>
      <header className="sticky top-0 z-10 text-white shadow">
        <div className="flex min-h-14 items-center gap-1 bg-brand-700 px-2">
          {back && (
            <button
              type="button"
              aria-label={back.label}
              className="flex size-12 items-center justify-center rounded-full active:bg-brand-800"
              onClick={() => {
                const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
                if (idx > 0) navigate(-1);
                else navigate(back.to, { replace: true });
              }}
            >
              <Icon name="back" className="size-7" />
            </button>
          )}
          <h1 className={`min-w-0 flex-1 truncate text-xl font-bold ${back ? '' : 'ps-2'}`}>
            {title}
          </h1>
          {actions}
        </div>
        <OfflineStrip />
      </header>
      <main className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 pt-4 pb-28">
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
