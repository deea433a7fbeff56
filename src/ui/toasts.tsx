import { useEffect } from 'react';
import { useUiStore, type Toast } from './store';

function ToastItem({ toast, closeLabel }: { toast: Toast; closeLabel: string }) {
  const dismiss = useUiStore((s) => s.dismissToast);
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
      className={`pointer-events-auto flex min-h-12 items-center gap-2 rounded-2xl px-4 py-2 text-white shadow-lg ${tone}`}
    >
      <p className="flex-1 text-base font-semibold">{toast.text}</p>
      {toast.action && (
        <button
          type="button"
          className="min-h-12 rounded-xl px-3 text-lg font-bold underline underline-offset-4"
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
          className="flex size-12 items-center justify-center rounded-xl text-2xl"
          onClick={() => dismiss(toast.id)}
        >
          ×
        </button>
      )}
    </div>
  );
}

export function Toasts({ closeLabel }: { closeLabel: string }) {
  const toasts = useUiStore((s) => s.toasts);
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 top-20 z-30 mx-auto flex max-w-xl flex-col gap-2 px-3"
    >
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} closeLabel={closeLabel} />
      ))}
    </div>
  );
}
