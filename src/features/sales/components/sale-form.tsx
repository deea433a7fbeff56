import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Product, Sale, SaleLine } from '../../../lib/domain';
import { useLang, useT } from '../../../i18n';
import { ValidationError } from '../../../i18n/errors';
import { pricePerUnit } from '../../../lib/grammar';
import { currencyLabel, formatMoney } from '../../../lib/money';
import { parseAmount } from '../../../lib/money-input';
import { Button } from '../../../ui/button';
import { DockBar } from '../../../ui/dock';
import { Checkbox, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { AddTile, ProductTile } from '../../../ui/product-tile';
import { useSettings } from '../../../ui/settings-context';
import { useDraft } from '../../../ui/use-draft';
import { linesTotal, recordSale } from '../commands';
import { listSaleProducts } from '../queries';
import { PAID_IN_FULL, resolveCredit, type PaymentDraft } from '../sale-payment';
import { SaleLines } from './sale-lines';
import { PaymentDetails, PaymentModes } from './sale-payment';
import { useQuantityTexts } from './use-quantity-texts';

/** A reservation handed over through this sale ("Vendre"): what she reserved and any advance. */
export interface SaleReservation {
  id: string;
  /** "2 kg de gombo" */
  line: string;
  advanceMinor?: number;
  lines: SaleLine[];
}

interface SaleFormProps {
  customerId?: string;
  /** Offers "Préparer un message de merci" (checked) when the app can prepare one for her. */
  thanksLabel?: string;
  reservation?: SaleReservation;
  /** A product just added from this sale ("Nouveau produit"): picked once it is listed. */
  pickProductId?: string;
  /** Where "Nouveau produit" goes: the product form, which comes back here with it picked. */
  newProductTo: string;
  onSaved: (sale: Sale, options: { thanks: boolean; creditMinor: number }) => void | Promise<void>;
}

/** Product taps (each adds one), quantities, the total, an optional amount by hand, save. */
export function SaleForm({
  customerId,
  thanksLabel,
  reservation,
  pickProductId,
  newProductTo,
  onSaved,
}: SaleFormProps) {
  const t = useT();
  const lang = useLang();
  const navigate = useNavigate();
  const { currency } = useSettings();
  const products = useLiveQuery(() => listSaleProducts(db), []);
  // Kept in the tab's session: a sale half-entered survives "Recharger" for a new version.
  const [draft, setDraft, clearDraft, keepDraft] = useDraft<{
    lines: SaleLine[];
    manual: string;
    payment?: PaymentDraft;
  }>(`sale:${customerId ?? 'passage'}${reservation ? `:${reservation.id}` : ''}`, {
    lines: reservation?.lines ?? [],
    manual: '',
  });
  const { lines, manual } = draft;
  const payment = draft.payment ?? PAID_IN_FULL;
  const setPayment = (next: PaymentDraft) => {
    setDraft((d) => ({ ...d, payment: next }));
    clear('paid');
  };
  const setLines = (next: SaleLine[] | ((prev: SaleLine[]) => SaleLine[])) =>
    setDraft((d) => ({ ...d, lines: typeof next === 'function' ? next(d.lines) : next }));
  const setManual = (value: string) => {
    setDraft((d) => ({ ...d, manual: value }));
    clear('total');
  };
  const quantities = useQuantityTexts(lines, setLines, lang);
  // A total typed before a reload ("Recharger") still counts: its field shows with it.
  const [showManual, setShowManual] = useState(() => manual !== '');
  const [thanks, setThanks] = useState(true);
  const { run, message, busy, clear } = useFormErrors(t);

  const add = (p: Product) => {
    clear('lines');
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

  // Back from "Nouveau produit": the new product is in the sale at once (and once only, even
  // after a reload, since the draft then holds it).
  const picked = useRef(false);
  useEffect(() => {
    const product = products?.find((p) => p.id === pickProductId);
    if (picked.current || !product) return;
    picked.current = true;
    if (!lines.some((l) => l.productId === product.id)) add(product);
    // Once, when the products arrive: `add` and `lines` are read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [products, pickProductId]);

  const addProduct = () => {
    keepDraft();
    navigate(newProductTo, { replace: true });
  };

  const computed = linesTotal(lines);
  const manualParsed = manual.trim() ? parseAmount(manual, currency) : null;
  const total = manualParsed?.ok ? manualParsed.minor : computed;
  // A reservation's advance is already paid: only the rest is paid now, or owed.
  const advance = reservation?.advanceMinor ?? 0;
  const due = Math.max(0, total - advance);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(
      async () => {
        const typed = quantities.resolve();
        // The message is already beside the quantity: nothing more to show.
        if ('error' in typed) throw new ValidationError({});
        if (manualParsed && !manualParsed.ok) {
          throw new ValidationError({ total: { key: `money.${manualParsed.reason}` } });
        }
        const manualMinor = manualParsed?.ok ? manualParsed.minor : undefined;
        const owed = Math.max(0, (manualMinor ?? linesTotal(typed.lines)) - advance);
        const credit = resolveCredit(owed, payment, currency);
        if (!credit.ok) throw new ValidationError({ paid: credit.error });
        const sale = await recordSale(db, {
          customerId,
          lines: typed.lines.map((l) => ({ productId: l.productId ?? '', quantity: l.quantity })),
          manualTotalMinor: manualMinor,
          reservationId: reservation?.id,
          credit: customerId ? (credit.credit ?? undefined) : undefined,
        });
        clearDraft();
        await onSaved(sale, {
          thanks: Boolean(thanksLabel) && thanks,
          creditMinor: customerId ? (credit.credit?.amountMinor ?? 0) : 0,
        });
        // Saved: her card comes next. A second tap meanwhile must not record the sale again.
      },
      { leaves: true },
    );
  };

  const noProducts = products && products.length === 0;
  // Credit is for a known customer, once there is something to pay.
  const canCredit = Boolean(customerId) && (lines.length > 0 || manual.trim() !== '') && due > 0;
  // The bar's choices are there from the first frame for a known customer: the bar keeps its
  // height when the first product is tapped, so "Enregistrer la vente" never jumps.
  const showModes = Boolean(customerId) && !(reservation && advance > 0 && due === 0);
  // Drawn whole once the products are read: the buttons below never move when they arrive.
  if (products === undefined) return null;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {reservation && (
        <p className="rounded-xl bg-brand-100 p-3 text-base font-semibold text-brand-800">
          {t('sales.forReservation', { line: reservation.line })}
        </p>
      )}
      {/* Ticked by default and rarely changed: above the products, where the lines a tap adds
          never move it, and out of the bottom bar, which must leave the products in view on a
          320 px phone. */}
      {thanksLabel && <Checkbox label={thanksLabel} checked={thanks} onChange={setThanks} />}
      {products && products.length > 0 && (
        <section aria-label={t('sales.tapProducts')} className="flex flex-col gap-2">
          <h2 className="text-base font-semibold text-stone-700">{t('sales.tapProducts')}</h2>
          <div className="grid grid-cols-2 gap-2">
            {products.map((p) => (
              <ProductTile
                key={p.id}
                name={p.name}
                emoji={p.emoji}
                color={p.color}
                detail={pricePerUnit(
                  formatMoney(p.priceMinor, currency, lang),
                  p.unit,
                  lang,
                  (words) => t('products.perUnit', words),
                )}
                count={lines.find((l) => l.productId === p.id)?.quantity ?? 0}
                onTap={() => add(p)}
              />
            ))}
            <AddTile label={t('sales.addProduct')} onTap={addProduct} />
          </div>
        </section>
      )}
      {noProducts && (
        <div className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
          <p className="text-base text-stone-700">{t('sales.noProducts')}</p>
          <Button variant="secondary" icon="plus" onClick={addProduct}>
            {t('sales.addProducts')}
          </Button>
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
          credit adds below them (the total bar is docked at the bottom of the screen). */}
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
          total={due}
          value={payment}
          onChange={setPayment}
          error={message('paid')}
          reveal
        />
      )}
      <DockBar>
        <p className="flex items-baseline justify-between gap-2 text-xl">
          <span className="font-semibold text-stone-700">{t('sales.total')}</span>
          <output className="text-2xl font-bold" aria-live="polite">
            {formatMoney(total, currency, lang)}
          </output>
        </p>
        {reservation?.advanceMinor !== undefined && (
          <p className="flex flex-wrap justify-between gap-x-3 text-base text-stone-700">
            <span>
              {t('sales.advance', {
                amount: formatMoney(reservation.advanceMinor, currency, lang),
              })}
            </span>
            <span className="font-semibold">
              {t('sales.toPay', {
                amount: formatMoney(Math.max(0, total - reservation.advanceMinor), currency, lang),
              })}
            </span>
          </p>
        )}
        {showModes && <PaymentModes value={payment} onChange={setPayment} />}
        <Button type="submit" icon="check" disabled={busy}>
          {t('sales.save')}
        </Button>
      </DockBar>
    </form>
  );
}
