import { useState, type FormEvent } from 'react';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import { ValidationError } from '../../../i18n/errors';
import type { CreditEntry, Customer, PaymentWay } from '../../../lib/domain';
import { formatWhen } from '../../../lib/when';
import { currencyLabel, formatMoney } from '../../../lib/money';
import { amountInputValue, parseAmount } from '../../../lib/money-input';
import { Button } from '../../../ui/button';
import { ConfirmDialog } from '../../../ui/confirm-dialog';
import { DueDatePicker } from '../../../ui/due-date-picker';
import { TextField } from '../../../ui/field';
import { reportError, useFormErrors } from '../../../ui/form-errors';
import { Sheet } from '../../../ui/sheet';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { addCredit, correctEntry, voidEntry } from '../commands';
import { WayPicker } from './way-picker';

/** A new credit without a sale, or an entry of hers to correct or strike out. */
export type EntryTarget = { kind: 'new' } | { kind: 'entry'; entry: CreditEntry; what: string };

interface EntrySheetProps {
  customer: Customer;
  target: EntryTarget | null;
  onClose: () => void;
}

export function EntrySheet({ customer, target, onClose }: EntrySheetProps) {
  const t = useT();
  const title =
    target?.kind === 'entry'
      ? t(target.entry.kind === 'paiement' ? 'credit.editPayment' : 'credit.editCredit')
      : t('credit.newCreditTitle', { name: customer.firstName });
  return (
    <Sheet open={target !== null} title={title} closeLabel={t('common.close')} onClose={onClose}>
      {target && (
        <EntryForm
          key={target.kind === 'entry' ? target.entry.id : 'new'}
          customer={customer}
          target={target}
          onDone={onClose}
        />
      )}
    </Sheet>
  );
}

function EntryForm({
  customer,
  target,
  onDone,
}: {
  customer: Customer;
  target: EntryTarget;
  onDone: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { currency, marketDay } = useSettings();
  const entry = target.kind === 'entry' ? target.entry : undefined;
  const [amount, setAmount] = useState(entry ? amountInputValue(entry.amountMinor, currency) : '');
  const [dueAt, setDueAt] = useState(entry?.dueAt);
  const [way, setWay] = useState<PaymentWay>(entry?.way ?? 'especes');
  const [note, setNote] = useState(entry?.note ?? '');
  const [confirmVoid, setConfirmVoid] = useState(false);
  const { run, message, busy } = useFormErrors(t);
  const isPayment = entry?.kind === 'paiement';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const parsed = parseAmount(amount, currency);
      if (!parsed.ok || parsed.minor === 0)
        throw new ValidationError({
          amount: { key: parsed.ok ? 'credit.errorAmount' : `money.${parsed.reason}` },
        });
      if (entry) {
        await correctEntry(
          db,
          { customerId: customer.id, lineId: entry.lineId },
          { amountMinor: parsed.minor, dueAt, way: isPayment ? way : undefined, note },
        );
        showToast({ text: t('credit.corrected'), tone: 'success' });
      } else {
        await addCredit(db, { customerId: customer.id, amountMinor: parsed.minor, dueAt, note });
        showToast({
          text: t('credit.creditSaved', { amount: formatMoney(parsed.minor, currency, lang) }),
          tone: 'success',
        });
      }
      onDone();
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {target.kind === 'entry' && (
        <p className="text-base text-stone-700">
          {target.what} · {formatWhen(target.entry.at, lang)}
        </p>
      )}
      <TextField
        label={`${t('credit.amount')} (${currencyLabel(currency)})`}
        error={message('amount')}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        inputMode="decimal"
        autoComplete="off"
        autoFocus={!entry}
      />
      {isPayment ? (
        <WayPicker value={way} onChange={setWay} />
      ) : (
        <DueDatePicker value={dueAt} onChange={setDueAt} marketDay={marketDay} />
      )}
      <TextField
        label={t('credit.note')}
        optional={t('common.optional')}
        error={message('note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {entry && <p className="text-sm text-stone-600">{t('credit.correctionHint')}</p>}
      <Button type="submit" icon="check" disabled={busy}>
        {entry ? t('credit.saveCorrection') : t('credit.saveCredit')}
      </Button>
      {entry && (
        <>
          <Button
            variant="ghost"
            icon="trash"
            className="!text-red-800"
            onClick={() => setConfirmVoid(true)}
          >
            {t('credit.void')}
          </Button>
          <ConfirmDialog
            open={confirmVoid}
            danger
            title={t('credit.voidTitle')}
            confirmLabel={t('credit.void')}
            cancelLabel={t('common.cancel')}
            onCancel={() => setConfirmVoid(false)}
            onConfirm={() => {
              setConfirmVoid(false);
              voidEntry(db, { customerId: customer.id, lineId: entry.lineId }).then(
                () => {
                  showToast({ text: t('credit.voided'), tone: 'success' });
                  onDone();
                },
                (error) => reportError(t, error),
              );
            }}
          >
            {t('credit.voidBody')}
          </ConfirmDialog>
        </>
      )}
    </form>
  );
}
