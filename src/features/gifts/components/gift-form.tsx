import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Gift, GiftReason } from '../../../lib/domain';
import { useT } from '../../../i18n';
import { currencyLabel } from '../../../lib/money';
import { amountInputValue } from '../../../lib/money-input';
import { Button } from '../../../ui/button';
import { TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { useSettings } from '../../../ui/settings-context';
import { GIFT_REASONS, recordGift, updateGift, type GiftInput } from '../commands';
import { giftQuickPicks } from '../queries';

const DEFAULT_PICKS = [
  'une poignée d’arachide',
  'un paquet de légumes en plus',
  'un piment en plus',
];

interface GiftFormProps {
  customerId?: string;
  saleId?: string;
  existing?: Gift;
  onSaved: (gift: { id: string; reason: GiftReason }) => void;
}

/** What, why, and an estimated value if the seller wants: the goodwill she gives, counted. */
export function GiftForm({ customerId, saleId, existing, onSaved }: GiftFormProps) {
  const t = useT();
  const { currency, language } = useSettings();
  const [input, setInput] = useState<GiftInput>({
    customerId: existing?.customerId ?? customerId,
    saleId: existing?.saleId ?? saleId,
    what: existing?.what ?? '',
    reason: existing?.reason ?? 'fidelite',
    value:
      existing?.valueMinor !== undefined ? amountInputValue(existing.valueMinor, currency) : '',
  });
  const picks = useLiveQuery(() => giftQuickPicks(db), []);
  const { run, message, busy, clear } = useFormErrors(t);
  const set = <K extends keyof GiftInput>(k: K, v: GiftInput[K]) => {
    setInput((p) => ({ ...p, [k]: v }));
    clear(k);
  };
  // Before any gift was given, the picks are only ideas: never "Déjà donné".
  const given = Boolean(picks && picks.length > 0);
  const quick = given ? (picks ?? []) : language === 'fr' ? DEFAULT_PICKS : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(
      async () => {
        if (existing) {
          await updateGift(db, existing.id, input, currency);
          onSaved({ id: existing.id, reason: input.reason });
        } else {
          const gift = await recordGift(db, input, currency);
          onSaved({ id: gift.id, reason: gift.reason });
        }
        // Saved: the next screen comes. A second tap meanwhile must not record the gift again.
      },
      { leaves: true },
    );
  };

  // Drawn whole once the quick picks are read: "Pourquoi ?" and below never move when they arrive.
  if (picks === undefined) return null;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t('gifts.what')}
        placeholder={t('gifts.whatPlaceholder')}
        error={message('what')}
        value={input.what}
        onChange={(e) => set('what', e.target.value)}
        autoComplete="off"
      />
      {quick.length > 0 && (
        <div className="flex flex-col gap-1">
          <p className="text-sm text-stone-600">
            {given ? t('gifts.quickPicks') : t('gifts.ideas')}
          </p>
          <div className="flex flex-wrap gap-2">
            {quick.map((q) => (
              <button
                key={q}
                type="button"
                onClick={() => set('what', q)}
                className="min-h-12 rounded-full border-2 border-brand-200 bg-white px-4 text-base active:bg-brand-100"
              >
                {q}
              </button>
            ))}
          </div>
        </div>
      )}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-base font-semibold">{t('gifts.reason')}</legend>
        {GIFT_REASONS.map((r) => (
          <label
            key={r}
            className={`flex min-h-12 items-center gap-3 rounded-xl border-2 px-3 text-lg ${
              input.reason === r ? 'border-brand-700 bg-brand-100' : 'border-stone-200 bg-white'
            }`}
          >
            <input
              type="radio"
              name="reason"
              value={r}
              checked={input.reason === r}
              onChange={() => set('reason', r)}
              className="size-5 accent-brand-700"
            />
            {t(`gifts.reason.${r}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={`${t('gifts.value')} (${currencyLabel(currency)})`}
        optional={t('common.optional')}
        error={message('value')}
        value={input.value}
        onChange={(e) => set('value', e.target.value)}
        inputMode="decimal"
        autoComplete="off"
      />
      <Button type="submit" icon="gift" disabled={busy}>
        {t('gifts.save')}
      </Button>
    </form>
  );
}
