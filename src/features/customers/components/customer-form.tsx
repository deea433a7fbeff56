import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Customer } from '../../../lib/domain';
import { useT, useLang } from '../../../i18n';
import { countryName, findCountry } from '../../../lib/countries';
import { leftToRight } from '../../../lib/languages';
import { Button } from '../../../ui/button';
import { DockBar } from '../../../ui/dock';
import { Checkbox, TextAreaField, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { useSettings } from '../../../ui/settings-context';
import { useDraft } from '../../../ui/use-draft';
import { revealField } from '../../../ui/use-focus-in-view';
import { createCustomer, updateCustomer, LIMITS, type CustomerInput } from '../commands';
import { getCustomer } from '../queries';
import { ChannelPicker } from './channel-picker';
import { customerLabel, useSearchNow } from './customer-search';
import { ProfilePicker } from './profile-picker';

interface CustomerFormProps {
  existing?: Customer;
  /** The phone as the seller reads it (formatted from E.164). */
  existingPhone?: string;
  initialFirstName?: string;
  onSaved: (id: string) => void;
}

/** Only the first name is asked for; the rest is there when the seller has time. */
export function CustomerForm({
  existing,
  existingPhone,
  initialFirstName,
  onSaved,
}: CustomerFormProps) {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  // Kept in the tab's session: a half-typed customer survives "Recharger" for a new version.
  const [input, setInput, clearDraft] = useDraft<CustomerInput>(
    existing ? `customer:${existing.id}` : 'customer:new',
    {
      firstName: existing?.firstName ?? initialFirstName ?? '',
      nickname: existing?.nickname ?? '',
      phone: existingPhone ?? '',
      area: existing?.area ?? '',
      recommendedById: existing?.recommendedById ?? '',
      profile: existing?.profile ?? '',
      notes: existing?.notes ?? '',
      acceptsMessages: existing?.acceptsMessages ?? true,
      channel: existing?.channel ?? 'whatsapp',
    },
  );
  const [recommenderQuery, setRecommenderQuery] = useState('');
  const { run, message, busy, clear } = useFormErrors(t);
  const [dupWarned, setDupWarned] = useState(false);
  // Found in memory as on the home screen (six, herself left out), each letter in its own frame.
  const recommenders = useSearchNow(recommenderQuery, 7)
    ?.customers.filter((c) => c.id !== existing?.id)
    .slice(0, 6);
  // Her suggestions come below the field she types in: scrolled up into view with it, above the
  // "Enregistrer" bar (which they would lie under, a low field on a small phone).
  const recommendBox = useRef<HTMLFieldSetElement>(null);
  const suggested = recommenders?.length ?? 0;
  useLayoutEffect(() => {
    if (suggested > 0 && recommendBox.current) revealField(recommendBox.current);
  }, [suggested]);
  const recommender = useLiveQuery(
    async () => (input.recommendedById ? getCustomer(db, input.recommendedById) : null),
    [input.recommendedById],
  );
  const country = findCountry(settings.country);

  const set = <K extends keyof CustomerInput>(key: K, value: CustomerInput[K]) => {
    setInput((prev) => ({ ...prev, [key]: value }));
    clear(key);
    if (key === 'phone') setDupWarned(false);
  };

  const save = (allowDuplicatePhone: boolean) =>
    run(async () => {
      const opts = { country: settings.country, allowDuplicatePhone };
      try {
        if (existing) {
          await updateCustomer(db, existing.id, input, opts);
          clearDraft();
          onSaved(existing.id);
        } else {
          const created = await createCustomer(db, input, opts);
          clearDraft();
          onSaved(created.id);
        }
      } catch (error) {
        const fields = (error as { fields?: Record<string, { key: string }> }).fields;
        setDupWarned(fields?.phone?.key === 'customers.duplicatePhone');
        throw error;
      }
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <TextField
        label={t('customers.firstName')}
        error={message('firstName')}
        value={input.firstName}
        onChange={(e) => set('firstName', e.target.value)}
        maxLength={LIMITS.firstName * 2}
        autoComplete="off"
        autoCapitalize="words"
        enterKeyHint="next"
        autoFocus={!existing}
      />
      <TextField
        label={t('customers.nickname')}
        optional={t('common.optional')}
        hint={t('customers.nicknameHint')}
        error={message('nickname')}
        value={input.nickname}
        onChange={(e) => set('nickname', e.target.value)}
        autoComplete="off"
      />
      <TextField
        label={t('customers.phone')}
        optional={t('common.optional')}
        hint={
          country
            ? t('phone.hint', {
                country: countryName(country.code, lang),
                code: leftToRight(`+${country.callingCode}`),
              })
            : undefined
        }
        error={message('phone')}
        value={input.phone}
        onChange={(e) => set('phone', e.target.value)}
        type="tel"
        inputMode="tel"
        autoComplete="off"
      />
      {dupWarned && (
        <Button variant="secondary" onClick={() => void save(true)} disabled={busy}>
          {t('customers.saveAnyway')}
        </Button>
      )}
      <ChannelPicker
        value={input.channel}
        onChange={(v) => set('channel', v)}
        error={message('channel')}
      />
      <div className="flex flex-col gap-1">
        <Checkbox
          boxed
          label={t('customers.acceptsMessages')}
          checked={input.acceptsMessages}
          onChange={(v) => set('acceptsMessages', v)}
        />
        <p className="text-sm text-stone-600">{t('customers.acceptsMessagesHint')}</p>
      </div>
      <TextField
        label={t('customers.area')}
        optional={t('common.optional')}
        error={message('area')}
        value={input.area}
        onChange={(e) => set('area', e.target.value)}
        autoComplete="off"
      />
      <ProfilePicker
        value={input.profile}
        error={message('profile')}
        onChange={(p) => set('profile', p)}
      />
      <fieldset ref={recommendBox} className="flex flex-col gap-2">
        <legend className="text-base font-semibold text-stone-800">
          {t('customers.recommendedBy')}{' '}
          <span className="font-normal text-stone-600">({t('common.optional')})</span>
        </legend>
        {recommender ? (
          <div className="flex min-h-12 items-center justify-between gap-2 rounded-xl bg-white px-3">
            <span className="text-lg">{customerLabel(recommender)}</span>
            <Button variant="ghost" onClick={() => set('recommendedById', '')}>
              {t('common.delete')}
            </Button>
          </div>
        ) : (
          <>
            <input
              aria-label={t('customers.recommendedBy')}
              value={recommenderQuery}
              onChange={(e) => setRecommenderQuery(e.target.value)}
              placeholder={t('customers.searchPlaceholder')}
              className="block min-h-12 w-full rounded-xl border-2 border-stone-300 bg-white px-3 text-lg"
              autoComplete="off"
            />
            {recommenders && recommenders.length > 0 && (
              <ul className="flex flex-col gap-1">
                {recommenders.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className="min-h-12 w-full rounded-xl bg-white px-3 text-start text-lg active:bg-brand-100"
                      onClick={() => {
                        set('recommendedById', c.id);
                        setRecommenderQuery('');
                      }}
                    >
                      {customerLabel(c)}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {message('recommendedById') && (
          <p role="alert" className="font-semibold text-red-800">
            {message('recommendedById')}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label={t('customers.notes')}
        optional={t('common.optional')}
        hint={t('customers.notesHint')}
        error={message('notes')}
        value={input.notes}
        onChange={(e) => set('notes', e.target.value)}
      />
      <DockBar>
        <Button type="submit" icon="check" disabled={busy}>
          {t('common.save')}
        </Button>
      </DockBar>
    </form>
  );
}
