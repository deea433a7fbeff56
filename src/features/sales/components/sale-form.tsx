import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Product, Sale, SaleLine } from '../../../lib/domain';
import { useLang, useT } from '../../../i18n';
import { ValidationError } from '../../../i18n/errors';
import { currencyLabel, formatMoney } from '../../../lib/money';
import { parseAmount } from '../../../lib/money-input';
import { Button, LinkButton } from '../../../ui/button';
import { Checkbox, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { useSettings } from '../../../ui/settings-context';
import { useDraft } from '../../../ui/use-draft';
import { linesTotal, recordSale } from '../commands';
import { listSaleProducts } from '../queries';
import { PAID_IN_FULL, resolveCredit, type PaymentDraft } from '../sale-payment';
import { SaleLines } from './sale-lines';
import { PaymentDetails, PaymentModes } from './sale-payment';
import { useQuantityTexts } from './use-quantity-texts';

function ProductTile({
  product,
  count,
  onTap,
}: {
  product: Product;
  count: number;
  onTap: () => void;
}) {
  const lang = useLang();
  const { currency } = useSettings();
  return (
    <button
      type="button"
      onClick={onTap}
      className={`relative flex min-h-24 flex-col items-start justify-between gap-1 rounded-2xl border-2 p-2 text-start active:scale-[0.98] ${
        count ? 'border-brand-700 bg-brand-100' : 'border-stone-200 bg-white'
      }`}
      style={
        product.color
          ? { borderInlineStartColor: product.color, borderInlineStartWidth: 8 }
          : undefined
      }
    >
      <span className="flex w-full items-start gap-1">
        {product.emoji && (
          <span className="text-2xl" aria-hidden="true">
            {product.emoji}
          </span>
        )}
        <span className="line-clamp-2 text-base leading-tight font-semibold">{product.name}</span>
      </span>
      <span className="text-sm text-stone-700">
        {formatMoney(product.priceMinor, currency, lang)} / {product.unit}
      </span>
      {count > 0 && (
        <span className="absolute -end-2 -top-2 flex size-8 items-center justify-center rounded-full bg-brand-700 text-base font-bold text-white">
          {count}
        </span>
      )}
    </button>
  );
}

interface SaleFormProps {
  customerId?: string;
  /** Offers "Préparer un message de merci" (checked) when the app can prepare one for her. */
  thanksLabel?: string;
  onSaved: (sale: Sale, options: { thanks: boolean; creditMinor: number }) => void | Promise<void>;
}

/** Product taps (each adds one), quantities, the total, an optional amount by hand, save. */
export function SaleForm({ customerId, thanksLabel, onSaved }: SaleFormProps) {
  const t = useT();
  const lang = useLang();
  const { currency } = useSettings();
  const products = useLiveQuery(() => listSaleProducts(db), []);
  // Kept in the tab's session: a sale half-entered survives "Recharger" for a new version.
  const [draft, setDraft, clearDraft] = useDraft<{
    lines: SaleLine[];
    manual: string;
    payment?: PaymentDraft;
  }>(`sale:${customerId ?? 'passage'}`, { lines: [], manual: '' });
  const { lines, manual } = draft;
  const payment = draft.payment ?? PAID_IN_FULL;
  const setPayment = (next: PaymentDraft) => setDraft((d) => ({ ...d, payment: next }));
  const setLines = (next: SaleLine[] | ((prev: SaleLine[]) => SaleLine[])) =>
    setDraft((d) => ({ ...d, lines: typeof next === 'function' ? next(d.lines) : next }));
  const setManual = (value: string) => setDraft((d) => ({ ...d, manual: value }));
  const quantities = useQuantityTexts(lines, setLines, lang);
  // A total typed before a reload ("Recharger") still counts: its field shows with it.
  const [showManual, setShowManual] = useState(() => manual !== '');
  const [thanks, setThanks] = useState(true);
  const { run, message, busy, setErrors } = useFormErrors(t);

  const add = (p: Product) => {
    setErrors({});
    quantities.reset();
    setLines((prev) => {
      const i = prev.findIndex((l) => l.productId === p.id);
      if (i >= 0) return prev.map((l, j) => (j === i ? { ...l, quantity: l.quantity + 1 } : l));
      return [
        ...prev,
        { productId: p.id, name: p.name, unit: p.unit, unitPriceMinor: p.priceMinor, quantity: 1 },
      ];
    });
  };

  const computed = linesTotal(lines);
  const manualParsed = manual.trim() ? parseAmount(manual, currency) : null;
  const total = manualParsed?.ok ? manualParsed.minor : computed;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const typed = quantities.resolve();
      // The message is already beside the quantity: nothing more to show.
      if ('error' in typed) throw new ValidationError({});
      if (manualParsed && !manualParsed.ok) {
        throw new ValidationError({ total: { key: `money.${manualParsed.reason}` } });
      }
      const manualMinor = manualParsed?.ok ? manualParsed.minor : undefined;
      const credit = resolveCredit(manualMinor ?? linesTotal(typed.lines), payment, currency);
      if (!credit.ok) throw new ValidationError({ paid: credit.error });
      const sale = await recordSale(db, {
        customerId,
        lines: typed.lines.map((l) => ({ productId: l.productId ?? '', quantity: l.quantity })),
        manualTotalMinor: manualMinor,
        credit: customerId ? (credit.credit ?? undefined) : undefined,
      });
      clearDraft();
      await onSaved(sale, {
        thanks: Boolean(thanksLabel) && thanks,
        creditMinor: customerId ? (credit.credit?.amountMinor ?? 0) : 0,
      });
    });
  };

  const noProducts = products && products.length === 0;
  // Credit is for a known customer, once there is something to pay.
  const canCredit = Boolean(customerId) && (lines.length > 0 || manual.trim() !== '');
  // Drawn whole once the products are read: the buttons below never move when they arrive.
  if (products === undefined) return null;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {products && products.length > 0 && (
        <section aria-label={t('sales.tapProducts')} className="flex flex-col gap-2">
          <h2 className="text-base font-semibold text-stone-700">{t('sales.tapProducts')}</h2>
          <div className="grid grid-cols-2 gap-2">
            {products.map((p) => (
              <ProductTile
                key={p.id}
                product={p}
                count={lines.find((l) => l.productId === p.id)?.quantity ?? 0}
                onTap={() => add(p)}
              />
            ))}
          </div>
        </section>
      )}
      {noProducts && (
        <div className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
          <p className="text-base text-stone-700">{t('sales.noProducts')}</p>
          <LinkButton to="/produits/nouveau" variant="secondary" icon="plus">
            {t('sales.addProducts')}
          </LinkButton>
        </div>
      )}
      {showManual || noProducts ? (
        <TextField
          label={`${t('sales.manualTotal')} (${currencyLabel(currency)})`}
          hint={t('sales.manualTotalHint')}
          error={message('total')}
          value={manual}
          onChange={(e) => setManual(e.target.value)}
          inputMode="decimal"
          autoComplete="off"
        />
      ) : (
        <Button variant="ghost" onClick={() => setShowManual(true)}>
          {t('sales.manualTotal')}
        </Button>
      )}
      {/* The lines grow with each tap: last, so that they push down nothing but what a sale on
          credit adds below them and the total bar (stuck to the bottom of the screen once the
          products fill it). */}
      {lines.length > 0 && (
        <SaleLines lines={lines} currency={currency} onChange={setLines} quantities={quantities} />
      )}
      {message('lines') && (
        <p role="alert" className="text-base font-semibold text-red-800">
          {message('lines')}
        </p>
      )}
      {canCredit && (
        <PaymentDetails
          total={total}
          value={payment}
          onChange={setPayment}
          error={message('paid')}
          reveal
        />
      )}
      <div className="sticky bottom-16 z-10 -mx-4 flex flex-col gap-2 border-t border-stone-200 bg-brand-50/95 px-4 py-3 backdrop-blur">
        <p className="flex items-baseline justify-between text-xl">
          <span className="font-semibold text-stone-700">{t('sales.total')}</span>
          <output className="text-2xl font-bold" aria-live="polite">
            {formatMoney(total, currency, lang)}
          </output>
        </p>
        {canCredit && <PaymentModes value={payment} onChange={setPayment} />}
        {thanksLabel && <Checkbox label={thanksLabel} checked={thanks} onChange={setThanks} />}
        <Button type="submit" icon="check" disabled={busy}>
          {t('sales.save')}
        </Button>
      </div>
    </form>
  );
}
