import { useState, type FormEvent } from 'react';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import { ValidationError } from '../../../i18n/errors';
import type { Customer, PaymentWay } from '../../../lib/domain';
import { currencyLabel, formatMoney } from '../../../lib/money';
import { amountInputValue, parseAmount } from '../../../lib/money-input';
import { Button } from '../../../ui/button';
import { Checkbox, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { Sheet } from '../../../ui/sheet';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { recordPayment } from '../commands';
import { WayPicker } from './way-picker';

interface PaymentSheetProps {
  customer: Customer;
  open: boolean;
  onClose: () => void;
  /** Her row as the payment committed it (drawn in the same frame as the sheet closing). */
  onSaved?: (customer: Customer) => void;
}

/** More than she owes: the seller says whether the rest is her advance or change given back. */
interface Overpaid {
  amountMinor: number;
  owedMinor: number;
}

/**
 * "Paiement reçu", over her card: the amount she owes already written, the way in one tap, her
 * receipt offered. Saving closes it and her card shows the new figures at once.
 */
export function PaymentSheet({ customer, open, onClose, onSaved }: PaymentSheetProps) {
  const t = useT();
  return (
    <Sheet
      open={open}
      title={t('credit.paymentTitle', { name: customer.firstName })}
      closeLabel={t('common.close')}
      onClose={onClose}
    >
      {open && (
        <PaymentForm
          customer={customer}
          onDone={(saved) => {
            onSaved?.(saved);
            onClose();
          }}
        />
      )}
    </Sheet>
  );
}

function PaymentForm({
  customer,
  onDone,
}: {
  customer: Customer;
  /** Saved: her row as the payment committed it. */
  onDone: (saved: Customer) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const owed = Math.max(0, customer.creditBalanceMinor ?? 0);
  const [amount, setAmount] = useState(owed > 0 ? amountInputValue(owed, currency) : '');
  const [way, setWay] = useState<PaymentWay>('especes');
  const [note, setNote] = useState('');
  const [receipt, setReceipt] = useState(customer.acceptsMessages);
  const [overpaid, setOverpaid] = useState<Overpaid | null>(null);
  const { run, message, busy } = useFormErrors(t);
  const money = (m: number) => formatMoney(m, currency, lang);

  const persist = async (amountMinor: number) => {
    const result = await recordPayment(db, {
      customerId: customer.id,
      amountMinor,
      way,
      note,
      receipt,
    });
    showToast({
      text: result.receipt
        ? t('credit.paymentSavedReceipt', { amount: money(amountMinor) })
        : t('credit.paymentSaved', { amount: money(amountMinor) }),
      tone: 'success',
    });
    onDone(result.customer);
  };
  const save = (amountMinor: number) => run(() => persist(amountMinor));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const parsed = parseAmount(amount, currency);
      if (!parsed.ok || parsed.minor === 0)
        throw new ValidationError({
          amount: { key: parsed.ok ? 'credit.errorAmount' : `money.${parsed.reason}` },
        });
      if (parsed.minor > owed) setOverpaid({ amountMinor: parsed.minor, owedMinor: owed });
      else await persist(parsed.minor);
    });
  };

  if (overpaid) {
    const extra = overpaid.amountMinor - overpaid.owedMinor;
    return (
      <div className="flex flex-col gap-3" role="alert">
        <p className="text-lg">
          {overpaid.owedMinor > 0
            ? t('credit.overpaid', {
                amount: money(overpaid.amountMinor),
                owed: money(overpaid.owedMinor),
              })
            : t('credit.overpaidNothingOwed', { amount: money(overpaid.amountMinor) })}
        </p>
        <Button icon="check" disabled={busy} onClick={() => void save(overpaid.amountMinor)}>
          {t('credit.keepAdvance', { amount: money(extra) })}
        </Button>
        {overpaid.owedMinor > 0 && (
          <Button variant="secondary" disabled={busy} onClick={() => void save(overpaid.owedMinor)}>
            {t('credit.giveChange', { amount: money(overpaid.owedMinor) })}
          </Button>
        )}
        <Button variant="ghost" onClick={() => setOverpaid(null)}>
          {t('nav.back')}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-lg">
        {owed > 0 ? t('credit.owes', { amount: money(owed) }) : t('credit.nothingOwed')}
      </p>
      <TextField
        label={`${t('credit.amountReceived')} (${currencyLabel(currency)})`}
        error={message('amount')}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        inputMode="decimal"
        autoComplete="off"
      />
      <WayPicker value={way} onChange={setWay} />
      <TextField
        label={t('credit.note')}
        optional={t('common.optional')}
        error={message('note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {customer.acceptsMessages && (
        <Checkbox label={t('credit.receiptOption')} checked={receipt} onChange={setReceipt} />
      )}
      <Button type="submit" icon="check" disabled={busy}>
        {t('credit.savePayment')}
      </Button>
    </form>
  );
}
