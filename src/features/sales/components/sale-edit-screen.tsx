import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useLeave } from '../../../ui/use-leave';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Sale, SaleLine } from '../../../lib/domain';
import { useLang, useT } from '../../../i18n';
import { formatWhen } from '../../../lib/when';
import { ValidationError } from '../../../i18n/errors';
import { currencyLabel, formatMoney } from '../../../lib/money';
import { amountInputValue, parseAmount } from '../../../lib/money-input';
import { Button } from '../../../ui/button';
import { DeleteButton } from '../../../ui/delete-button';
import { TextField } from '../../../ui/field';
import { reportError, useFormErrors } from '../../../ui/form-errors';
import { EmptyState, Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { deleteSale, linesTotal, updateSale, type SaleCredit } from '../commands';
import { getSaleAdvance, getSaleCredit } from '../edit-queries';
import { getSale } from '../queries';
import { draftOf, resolveCredit } from '../sale-payment';
import { SaleLines } from './sale-lines';
import { PaymentDetails, PaymentModes } from './sale-payment';
import { useQuantityTexts } from './use-quantity-texts';

interface EditSaleFormProps {
  sale: Sale;
  /** Her sale's unpaid part as it stands: the form shows it, and saving keeps it in step. */
  credit: SaleCredit | null;
  /** A reservation's advance already paid toward it: only the rest can be owed. */
  advanceMinor: number;
  onDone: () => void;
}

function EditSaleForm({ sale, credit, advanceMinor, onDone }: EditSaleFormProps) {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const [lines, setLines] = useState<SaleLine[]>(sale.lines);
  const [manual, setManual] = useState(
    sale.manualTotal ? amountInputValue(sale.totalMinor, currency) : '',
  );
  const [payment, setPayment] = useState(() =>
    draftOf(
      Math.max(0, sale.totalMinor - advanceMinor),
      credit,
      amountInputValue(
        Math.max(0, sale.totalMinor - advanceMinor - (credit?.amountMinor ?? 0)),
        currency,
      ),
    ),
  );
  const { run, message, busy, clear } = useFormErrors(t);
  const quantities = useQuantityTexts(lines, setLines, lang);
  const parsed = manual.trim() ? parseAmount(manual, currency) : null;
  const total = parsed?.ok ? parsed.minor : linesTotal(lines);
  const due = Math.max(0, total - advanceMinor);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const typed = quantities.resolve();
      // The message is already beside the quantity: nothing more to show.
      if ('error' in typed) throw new ValidationError({});
      if (parsed && !parsed.ok)
        throw new ValidationError({ total: { key: `money.${parsed.reason}` } });
      const manualMinor = parsed?.ok ? parsed.minor : undefined;
      const owed = Math.max(0, (manualMinor ?? linesTotal(typed.lines)) - advanceMinor);
      const resolved = resolveCredit(owed, payment, currency);
      if (!resolved.ok) throw new ValidationError({ paid: resolved.error });
      await updateSale(db, sale.id, {
        lines: typed.lines,
        manualTotalMinor: manualMinor,
        // A passing customer's sale has no credit book to keep in step.
        credit: sale.customerId ? resolved.credit : undefined,
      });
      showToast({ text: t('common.saved'), tone: 'success' });
      onDone();
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <p className="text-base text-stone-600">{formatWhen(sale.at, lang)}</p>
      <SaleLines
        lines={lines}
        currency={currency}
        onChange={(next) => {
          setLines(next);
          clear('lines');
        }}
        quantities={quantities}
      />
      {message('lines') && (
        <p role="alert" className="font-semibold text-red-800">
          {message('lines')}
        </p>
      )}
      <TextField
        label={`${t('sales.manualTotal')} (${currencyLabel(currency)})`}
        optional={t('common.optional')}
        error={message('total')}
        value={manual}
        onChange={(e) => {
          setManual(e.target.value);
          clear('total');
        }}
        inputMode="decimal"
      />
      <p className="flex items-baseline justify-between text-xl">
        <span className="font-semibold">{t('sales.total')}</span>
        <output className="text-2xl font-bold">{formatMoney(total, currency, lang)}</output>
      </p>
      {sale.customerId && (
        <>
          <PaymentModes value={payment} onChange={setPayment} />
          <PaymentDetails
            total={due}
            value={payment}
            onChange={setPayment}
            error={message('paid')}
          />
        </>
      )}
      <Button type="submit" icon="check" disabled={busy}>
        {t('common.save')}
      </Button>
      <DeleteButton
        title={t('sales.deleteTitle')}
        onConfirm={() => {
          deleteSale(db, sale.id).then(
            () => {
              showToast({ text: t('sales.deleted'), tone: 'success' });
              onDone();
            },
            (e) => reportError(t, e),
          );
        }}
      >
        {t('sales.deleteBody')}
        {credit && (
          <span className="mt-2 block">
            {t('sales.deleteCredit', { amount: formatMoney(credit.amountMinor, currency, lang) })}
          </span>
        )}
      </DeleteButton>
    </form>
  );
}

export default function SaleEditScreen() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useLeave();
  const sale = useLiveQuery(() => getSale(db, id), [id]);
  const credit = useLiveQuery(() => getSaleCredit(db, id), [id]);
  const advance = useLiveQuery(() => getSaleAdvance(db, id), [id]);
  const backTo = sale?.customerId ? `/clients/${sale.customerId}` : '/';
  return (
    <Screen title={t('sales.edit')} back={{ label: t('nav.back'), to: backTo }}>
      {sale === null && <EmptyState title={t('sales.notFound')} />}
      {sale && credit !== undefined && advance !== undefined && (
        <EditSaleForm
          key={sale.id}
          sale={sale}
          credit={credit}
          advanceMinor={advance}
          onDone={() => navigate(backTo, { replace: true })}
        />
      )}
    </Screen>
  );
}
