import { useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useLeave } from '../../../ui/use-leave';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Product } from '../../../lib/domain';
import { useLang, useT, useTn } from '../../../i18n';
import { currencyLabel } from '../../../lib/money';
import { amountInputValue } from '../../../lib/money-input';
import { Button, LinkButton } from '../../../ui/button';
import { DeleteButton } from '../../../ui/delete-button';
import { TextField } from '../../../ui/field';
import { reportError, useFormErrors } from '../../../ui/form-errors';
import { EmptyState, Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { createProduct, deleteProduct, updateProduct, type ProductInput } from '../commands';
import { getProduct } from '../queries';
import { ProductBadge } from './product-badge';
import { ColourPicker, EmojiPicker, GenderPicker } from './product-pickers';

const UNITS = ['tas', 'kg', 'sac', 'botte', 'pièce', 'litre', 'seau', 'bassine', 'boîte', 'régime'];

/** Where the product form may go on to after saving: back to the sale, with the product picked. */
function nextAfterSave(params: URLSearchParams, id: string): string | null {
  if (params.get('ensuite') !== 'vente') return null;
  const client = params.get('client');
  return `/vente?${client ? `client=${encodeURIComponent(client)}&` : ''}produit=${id}`;
}

function ProductForm({ existing }: { existing?: Product }) {
  const t = useT();
  const tn = useTn();
  const lang = useLang();
  const navigate = useLeave();
  const [params] = useSearchParams();
  const { currency } = useSettings();
  const [input, setInput] = useState<ProductInput>({
    name: existing?.name ?? '',
    price: existing ? amountInputValue(existing.priceMinor, currency) : '',
    unit: existing?.unit ?? '',
    available: existing?.available ?? true,
    emoji: existing?.emoji ?? '',
    color: existing?.color ?? '',
    gender: existing?.gender ?? '',
  });
  const { run, message, busy, clear } = useFormErrors(t);
  const set = <K extends keyof ProductInput>(k: K, v: ProductInput[K]) => {
    setInput((p) => ({ ...p, [k]: v }));
    clear(k);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const readied = existing ? await updateProduct(db, existing.id, input, currency) : 0;
      const created = existing ? null : await createProduct(db, input, currency);
      // Added from a sale: back to it, the product picked (it says itself that it was saved).
      const next = created && nextAfterSave(params, created.id);
      if (next) {
        navigate(next, { replace: true });
        return;
      }
      // Available again: say that the waiting reservations' messages are ready to send.
      const text = readied ? tn('reservations.readyNow', readied) : t('products.saved');
      navigate('/produits', {
        replace: true,
        message: { text, tone: 'success', duration: readied ? 6000 : 4000 },
      });
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {/* What she typed, as the lists will show it: nothing until she types. */}
      <div className="flex min-h-22 items-center gap-3 rounded-2xl bg-white p-3 shadow-sm">
        <ProductBadge
          product={{
            name: input.name.trim() ? input.name : ' ',
            emoji: input.emoji || undefined,
            color: input.color || undefined,
          }}
          size="size-16"
        />
        <p className="min-w-0 text-xl font-bold break-words">{input.name}</p>
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
      {/* Drawn from the start (nothing moves while she types), in French only. */}
      {lang === 'fr' && (
        <GenderPicker
          name={input.name}
          value={input.gender ?? ''}
          onChange={(g) => set('gender', g)}
        />
      )}
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
      <EmojiPicker value={input.emoji} onChange={(v) => set('emoji', v)} />
      <ColourPicker value={input.color} onChange={(v) => set('color', v)} />
      <Button type="submit" icon="check" disabled={busy}>
        {t('common.save')}
      </Button>
      {existing && (
        <>
          <LinkButton
            to={`/story?produit=${existing.id}&apercu=1`}
            variant="secondary"
            icon="image"
          >
            {t('products.makeStory')}
          </LinkButton>
          <DeleteButton
            title={t('products.deleteTitle', { name: existing.name })}
            onConfirm={() => {
              deleteProduct(db, existing.id).then(
                () => {
                  navigate('/produits', {
                    replace: true,
                    message: { text: t('products.deleted'), tone: 'success' },
                  });
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
  const [params] = useSearchParams();
  const client = params.get('client');
  // From a sale, "back" returns to that sale (this screen took its place in the history).
  const back =
    params.get('ensuite') === 'vente'
      ? { label: t('nav.back'), to: `/vente${client ? `?client=${client}` : ''}`, replace: true }
      : { label: t('nav.back'), to: '/produits' };
  return (
    <Screen title={t('products.new')} back={back}>
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
