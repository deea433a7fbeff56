import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Product } from '../../../lib/domain';
import { useT, useTn } from '../../../i18n';
import { currencyLabel } from '../../../lib/money';
import { amountInputValue } from '../../../lib/money-input';
import { Button, LinkButton } from '../../../ui/button';
import { DeleteButton } from '../../../ui/delete-button';
import { TextField } from '../../../ui/field';
import { reportError, useFormErrors } from '../../../ui/form-errors';
import { EmptyState, Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { createProduct, deleteProduct, updateProduct, type ProductInput } from '../commands';
import { getProduct } from '../queries';
import { PRODUCT_COLORS, PRODUCT_EMOJI, ProductBadge } from './product-badge';

const UNITS = ['tas', 'kg', 'sac', 'botte', 'pièce', 'litre', 'seau', 'bassine', 'boîte', 'régime'];

function ProductForm({ existing }: { existing?: Product }) {
  const t = useT();
  const tn = useTn();
  const navigate = useNavigate();
  const { currency } = useSettings();
  const [input, setInput] = useState<ProductInput>({
    name: existing?.name ?? '',
    price: existing ? amountInputValue(existing.priceMinor, currency) : '',
    unit: existing?.unit ?? '',
    available: existing?.available ?? true,
    emoji: existing?.emoji ?? '',
    color: existing?.color ?? '',
  });
  const { run, message, busy } = useFormErrors(t);
  const set = <K extends keyof ProductInput>(k: K, v: ProductInput[K]) =>
    setInput((p) => ({ ...p, [k]: v }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const readied = existing ? await updateProduct(db, existing.id, input, currency) : 0;
      if (!existing) await createProduct(db, input, currency);
      // Available again: say that the waiting reservations' messages are ready to send.
      const text = readied ? tn('reservations.readyNow', readied) : t('products.saved');
      showToast({ text, tone: 'success', duration: readied ? 6000 : 4000 });
      navigate('/produits', { replace: true });
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <div className="flex items-center gap-3 rounded-2xl bg-white p-3 shadow-sm">
        <ProductBadge
          product={{
            name: input.name || '?',
            emoji: input.emoji || undefined,
            color: input.color || undefined,
          }}
          size="size-16"
        />
        <p className="text-xl font-bold">{input.name || t('products.namePlaceholder')}</p>
      </div>
      <TextField
        label={t('products.name')}
        placeholder={t('products.namePlaceholder')}
        error={message('name')}
        value={input.name}
        onChange={(e) => set('name', e.target.value)}
        autoComplete="off"
        autoFocus={!existing}
      />
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label={`${t('products.price')} (${currencyLabel(currency)})`}
          error={message('price')}
          value={input.price}
          onChange={(e) => set('price', e.target.value)}
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          label={t('products.unit')}
          error={message('unit')}
          value={input.unit}
          onChange={(e) => set('unit', e.target.value)}
          list="units"
          autoComplete="off"
        />
        <datalist id="units">
          {UNITS.map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
      </div>
      <p className="-mt-2 text-sm text-stone-600">{t('products.unitHint')}</p>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-base font-semibold">{t('products.availability')}</legend>
        <div className="grid grid-cols-2 gap-2">
          {[true, false].map((v) => (
            <button
              key={String(v)}
              type="button"
              aria-pressed={input.available === v}
              onClick={() => set('available', v)}
              className={`min-h-12 rounded-xl border-2 px-2 text-lg font-semibold ${
                input.available === v
                  ? 'border-brand-700 bg-brand-100 text-brand-800'
                  : 'border-stone-300 bg-white text-stone-700'
              }`}
            >
              {v ? t('products.available') : t('products.nextHarvest')}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-base font-semibold">{t('products.emoji')}</legend>
        <div className="grid grid-cols-6 gap-1">
          <button
            type="button"
            aria-pressed={!input.emoji}
            onClick={() => set('emoji', '')}
            className={`flex aspect-square min-h-12 items-center justify-center rounded-xl border-2 text-xs ${!input.emoji ? 'border-brand-700 bg-brand-100' : 'border-stone-200 bg-white'}`}
          >
            {t('products.noEmoji')}
          </button>
          {PRODUCT_EMOJI.map((e) => (
            <button
              key={e}
              type="button"
              aria-pressed={input.emoji === e}
              onClick={() => set('emoji', e)}
              className={`flex aspect-square min-h-12 items-center justify-center rounded-xl border-2 text-2xl ${input.emoji === e ? 'border-brand-700 bg-brand-100' : 'border-stone-200 bg-white'}`}
            >
              {e}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-base font-semibold">{t('products.color')}</legend>
        <div className="flex flex-wrap gap-2">
          {PRODUCT_COLORS.map((c) => (
            <button
              key={c}
              type="button"
              aria-label={c}
              aria-pressed={input.color === c}
              onClick={() => set('color', input.color === c ? '' : c)}
              className={`size-12 rounded-full border-4 ${input.color === c ? 'border-stone-900' : 'border-white'}`}
              style={{ backgroundColor: c }}
            />
          ))}
        </div>
      </fieldset>
      <Button type="submit" icon="check" disabled={busy}>
        {t('common.save')}
      </Button>
      {existing && (
        <>
          <LinkButton to={`/story?produit=${existing.id}`} variant="secondary" icon="image">
            {t('products.makeStory')}
          </LinkButton>
          <DeleteButton
            title={t('products.deleteTitle', { name: existing.name })}
            onConfirm={() => {
              deleteProduct(db, existing.id).then(
                () => {
                  showToast({ text: t('products.deleted'), tone: 'success' });
                  navigate('/produits', { replace: true });
                },
                (e) => reportError(t, e),
              );
            }}
          >
            {t('products.deleteBody')}
          </DeleteButton>
        </>
      )}
    </form>
  );
}

export function NewProductScreen() {
  const t = useT();
  return (
    <Screen title={t('products.new')} back={{ label: t('nav.back'), to: '/produits' }}>
      <ProductForm />
    </Screen>
  );
}

export function EditProductScreen() {
  const t = useT();
  const { id = '' } = useParams();
  const product = useLiveQuery(() => getProduct(db, id), [id]);
  const back = { label: t('nav.back'), to: '/produits' };
  return (
    <Screen title={t('products.edit')} back={back}>
      {product === null && <EmptyState title={t('products.notFound')} />}
      {product && <ProductForm key={product.id} existing={product} />}
    </Screen>
  );
}
