import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import { useDockHeight } from './dock';
import { useUiStore, visibleToasts, type Toast } from './store';

function ToastItem({ toast, closeLabel }: { toast: Toast; closeLabel: string }) {
  const dismiss = useUiStore((s) => s.dismissToast);
  // Its time runs from when it shows: a message that waited its turn still gets all of it.
  useEffect(() => {
    if (!toast.duration) return;
    const timer = window.setTimeout(() => dismiss(toast.id), toast.duration);
    return () => window.clearTimeout(timer);
  }, [toast.id, toast.duration, dismiss]);
  const tone =
    toast.tone === 'error'
      ? 'bg-red-800'
      : toast.tone === 'success'
        ? 'bg-leaf-700'
        : 'bg-stone-800';
  return (
    <div
      data-toast={toast.undo ? 'undo' : 'message'}
      className={`pointer-events-auto flex min-h-12 items-center gap-2 rounded-2xl ps-4 pe-1 py-1 text-white shadow-lg ${tone}`}
    >
      <p className="flex-1 py-1 text-base font-semibold">{toast.text}</p>
      {toast.action && (
        <button
          type="button"
          className="min-h-12 shrink-0 rounded-xl px-3 text-lg font-bold underline underline-offset-4"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      {!toast.action && (
        <button
          type="button"
          aria-label={closeLabel}
          className="flex size-12 shrink-0 items-center justify-center rounded-xl text-2xl"
          onClick={() => dismiss(toast.id)}
        >
          ×
        </button>
      )}
    </div>
  );
}

/**
 * The messages, docked just above the screen's bar and the navigation: they take their own
 * room at the bottom (the screen's end moves up to make way) rather than lying over the title,
 * the total or the field being typed in. A new screen closes the previous screen's messages,
 * except an undo, which stays its time. `extra` (the update prompt) docks with them.
 */
export function Toasts({ closeLabel, extra }: { closeLabel: string; extra?: ReactNode }) {
  const visible = useUiStore(useShallow((s) => visibleToasts(s.toasts)));
  const enterScreen = useUiStore((s) => s.enterScreen);
  const { key } = useLocation();
  // Every screen (every history entry) has its own key: entering one closes the others' messages.
  useLayoutEffect(() => enterScreen(key), [key, enterScreen]);
  const ref = useRef<HTMLDivElement>(null);
  useDockHeight(ref, '--dock-toasts');
  return (
    <div
      ref={ref}
      role="status"
      aria-live="polite"
      data-dock="toasts"
      className="pointer-events-none fixed start-0 end-0 bottom-[var(--dock-nav)] z-30 mx-auto flex max-w-xl flex-col gap-2 px-3 transition-transform duration-200 empty:hidden motion-reduce:transition-none [&>*:last-child]:mb-2"
      // Lifted above the screen's bar by a transform: when the bar leaves (a sale saved, her
      // card opens) the messages slide down to the navigation instead of jumping there.
      style={{ transform: 'translateY(calc(-1 * var(--dock-bar)))' }}
    >
      {extra}
      {visible.map((toast) => (
        <ToastItem key={toast.id} toast={toast} closeLabel={closeLabel} />
      ))}
    </div>
  );
}
