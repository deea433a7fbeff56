import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
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
import { deleteSale, linesTotal, updateSale } from '../commands';
import { getSale } from '../queries';
import { SaleLines } from './sale-lines';
import { useQuantityTexts } from './use-quantity-texts';

function EditSaleForm({ sale, onDone }: { sale: Sale; onDone: () => void }) {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const [lines, setLines] = useState<SaleLine[]>(sale.lines);
  const [manual, setManual] = useState(
    sale.manualTotal ? amountInputValue(sale.totalMinor, currency) : '',
  );
  const { run, message, busy, clear } = useFormErrors(t);
  const quantities = useQuantityTexts(lines, setLines, lang);
  const parsed = manual.trim() ? parseAmount(manual, currency) : null;
  const total = parsed?.ok ? parsed.minor : linesTotal(lines);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const typed = quantities.resolve();
      // The message is already beside the quantity: nothing more to show.
      if ('error' in typed) throw new ValidationError({});
      if (parsed && !parsed.ok)
        throw new ValidationError({ total: { key: `money.${parsed.reason}` } });
      await updateSale(db, sale.id, {
        lines: typed.lines,
        manualTotalMinor: parsed?.ok ? parsed.minor : undefined,
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
      </DeleteButton>
    </form>
  );
}

export default function SaleEditScreen() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const sale = useLiveQuery(() => getSale(db, id), [id]);
  const backTo = sale?.customerId ? `/clients/${sale.customerId}` : '/';
  return (
    <Screen title={t('sales.edit')} back={{ label: t('nav.back'), to: backTo }}>
      {sale === null && <EmptyState title={t('sales.notFound')} />}
      {sale && (
        <EditSaleForm
          key={sale.id}
          sale={sale}
          onDone={() => navigate(backTo, { replace: true })}
        />
      )}
    </Screen>
  );
}
