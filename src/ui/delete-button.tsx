import { useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Button } from './button';
import { ConfirmDialog } from './confirm-dialog';

interface DeleteButtonProps {
  /** The question: "Supprimer cette vente ?" */
  title: string;
  /** What deleting keeps and what it loses, in words. */
  children?: ReactNode;
  onConfirm: () => void;
}

/** "Supprimer", then an explicit confirmation: nothing the seller wrote goes without one. */
export function DeleteButton({ title, children, onConfirm }: DeleteButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" icon="trash" className="!text-red-800" onClick={() => setOpen(true)}>
        {t('common.delete')}
      </Button>
      <ConfirmDialog
        open={open}
        danger
        title={title}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
