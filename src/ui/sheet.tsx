import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from './icon';

interface SheetProps {
  open: boolean;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A form over the current screen, from the bottom (the native <dialog>: focus kept inside,
 * Escape and the back gesture close it). The screen under it stays as it was, so what the form
 * changes shows there the moment it closes.
 */
export function Sheet({ open, title, closeLabel, onClose, children }: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className="mx-auto mt-auto mb-0 max-h-[92dvh] w-full max-w-xl overflow-y-auto rounded-t-2xl bg-brand-50 p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/40"
    >
      {open && (
        <div className="flex flex-col gap-4 px-4 pt-2 pb-6">
          <div className="flex items-center justify-between gap-2">
            <h2 id={titleId} className="min-w-0 text-xl font-bold">
              {title}
            </h2>
            <button
              type="button"
              aria-label={closeLabel}
              onClick={onClose}
              className="flex size-12 shrink-0 items-center justify-center rounded-full active:bg-brand-100"
            >
              <Icon name="close" />
            </button>
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
