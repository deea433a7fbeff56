import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useLang, useT } from '../../../i18n';
import { currencyLabel } from '../../../lib/money';
import { Button } from '../../../ui/button';
import { SelectField, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { useSettings } from '../../../ui/settings-context';
import { COLOURS, useStoryDraft, type StoryTemplate } from '../draft-store';
import { listStoryProducts, listThankableCustomers } from '../queries';
import { composeStory, defaultWhen, draftFromProduct } from '../story-text';
import { BackgroundPicker } from './background-picker';
import { TemplatePicker } from './template-picker';

/** The first step: what the story says and what is behind it. */
export function StoryForm() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const navigate = useNavigate();
  const draft = useStoryDraft((s) => s.draft);
  const update = useStoryDraft((s) => s.update);
  const products = useLiveQuery(() => listStoryProducts(db), [], []);
  const customers = useLiveQuery(() => listThankableCustomers(db), [], []);
  const { run, message, busy, clear } = useFormErrors(t);
  const merci = draft.template === 'merci';
  const when = draft.when ?? defaultWhen(t, lang, settings.marketDay, settings.marketName);

  const chooseTemplate = (template: StoryTemplate) => {
    // A thank-you card starts with joined hands on green, unless the seller chose her own.
    const thanks =
      template === 'merci' && draft.emoji === '🧺' ? { emoji: '🙏', color: COLOURS[1].value } : {};
    update({ template, ...thanks });
  };

  const pickProduct = (id: string) => {
    const p = products.find((x) => x.id === id);
    if (p) update({ ...draftFromProduct(p, settings.currency), template: draft.template });
    else update({ productId: undefined });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      // Checks the words only; the image is drawn on the next screen.
      composeStory(draft, {
        t,
        lang,
        currency: settings.currency,
        sellerName: settings.sellerName,
        marketName: settings.marketName,
        marketDay: settings.marketDay,
      });
      await navigate('/story?apercu=1');
    });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-5" noValidate>
      <TemplatePicker value={draft.template} onChange={chooseTemplate} />
      {merci ? (
        <SelectField
          label={t('stories.customer')}
          hint={t('stories.customerHint')}
          value={draft.customerId}
          onChange={(e) => update({ customerId: e.target.value })}
        >
          <option value="">{t('stories.allCustomers')}</option>
          {customers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.nickname ? `${c.firstName} — ${c.nickname}` : c.firstName}
            </option>
          ))}
        </SelectField>
      ) : (
        <>
          {products.length > 0 && (
            <SelectField
              label={t('stories.pickProduct')}
              value={draft.productId ?? ''}
              onChange={(e) => pickProduct(e.target.value)}
            >
              <option value="">{t('stories.typeProduct')}</option>
              {products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          )}
          <TextField
            label={t('stories.productName')}
            hint={t('stories.productNameHint')}
            error={message('productName')}
            value={draft.productName}
            onChange={(e) => {
              // Her own words: the gender of a product from her list no longer applies.
              update({ productName: e.target.value, gender: undefined });
              clear('productName');
            }}
            maxLength={80}
          />
          <div className="grid grid-cols-2 gap-3">
            <TextField
              label={`${t('stories.price')} (${currencyLabel(settings.currency)})`}
              error={message('price')}
              value={draft.price}
              onChange={(e) => {
                update({ price: e.target.value });
                clear('price');
              }}
              inputMode="decimal"
            />
            <TextField
              label={t('stories.unit')}
              value={draft.unit}
              onChange={(e) => update({ unit: e.target.value })}
              placeholder={t('stories.unitHint')}
              maxLength={30}
            />
          </div>
          {draft.template === 'promotion' && (
            <TextField
              label={`${t('stories.oldPrice')} (${currencyLabel(settings.currency)})`}
              optional={t('common.optional')}
              error={message('oldPrice')}
              value={draft.oldPrice}
              onChange={(e) => {
                update({ oldPrice: e.target.value });
                clear('oldPrice');
              }}
              inputMode="decimal"
            />
          )}
        </>
      )}
      <TextField
        label={t('stories.when')}
        value={when}
        onChange={(e) => update({ when: e.target.value })}
        maxLength={120}
      />
      <BackgroundPicker />
      <Button type="submit" icon="image" disabled={busy}>
        {t('stories.next')}
      </Button>
    </form>
  );
}
