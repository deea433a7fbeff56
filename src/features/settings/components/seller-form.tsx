import { useState, type FormEvent } from 'react';
import type { Language, Settings } from '../../../lib/domain';
import { useT, useLang } from '../../../i18n';
import { COUNTRIES, DEFAULT_COUNTRY, countryName, findCountry } from '../../../lib/countries';
import { currencyLabel } from '../../../lib/money';
import { LANGUAGES, LANGUAGE_CODES, intlLocale, leftToRight } from '../../../lib/languages';
import { Button } from '../../../ui/button';
import { Checkbox, SelectField, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import type { SellerInput } from '../commands';

const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

interface SellerFormProps {
  initial: Settings | null;
  /**
   * Formatted for display, since the stored value is E.164. It may arrive after the form shows
   * (the phone metadata loads on demand): the field takes it until she types in it herself.
   */
  initialPhone: string;
  submitLabel: string;
  /** Records exist: another country changes the dialling code, the currency only if asked. */
  hasRecords?: boolean;
  onSubmit: (input: SellerInput) => Promise<unknown>;
  /** Called as soon as a language is picked (the first-run screen switches to it at once). */
  onLanguageChange?: (language: Language) => void;
}

export function SellerForm({
  initial,
  initialPhone,
  submitLabel,
  hasRecords,
  onSubmit,
  onLanguageChange,
}: SellerFormProps) {
  const t = useT();
  const lang = useLang();
  const [sellerName, setSellerName] = useState(initial?.sellerName ?? '');
  // null until she types: her other fields are never reset by the number's formatting.
  const [typedPhone, setSellerPhone] = useState<string | null>(null);
  const sellerPhone = typedPhone ?? initialPhone;
  const [country, setCountry] = useState(initial?.country ?? DEFAULT_COUNTRY);
  const [marketName, setMarketName] = useState(initial?.marketName ?? '');
  const [marketDay, setMarketDay] = useState(initial?.marketDay ?? 6);
  const [language, setLanguage] = useState<Language>(initial?.language ?? lang);
  const { run, message, busy, clear } = useFormErrors(t);
  const current = findCountry(country);
  const [changeCurrency, setChangeCurrency] = useState(false);
  // The notebook's currency stays unless the seller asks (PRODUCT: amounts keep their meaning).
  const otherCurrency =
    hasRecords && initial && current && current.currency !== initial.currency
      ? current.currency
      : undefined;
  const shownCurrency = otherCurrency && !changeCurrency ? initial?.currency : current?.currency;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() =>
      onSubmit({
        sellerName,
        sellerPhone,
        country,
        marketName,
        marketDay,
        language,
        changeCurrency: Boolean(otherCurrency) && changeCurrency,
      }),
    );
  };

  const sorted = [...COUNTRIES].sort((a, b) =>
    countryName(a.code, lang).localeCompare(countryName(b.code, lang), intlLocale(lang)),
  );

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
      {/* First: a seller who reads Arabic or English before French reads the rest in it. */}
      <SelectField
        label={t('setup.language')}
        value={language}
        onChange={(e) => {
          const next = e.target.value as Language;
          setLanguage(next);
          onLanguageChange?.(next);
        }}
      >
        {LANGUAGE_CODES.map((code) => (
          <option key={code} value={code} lang={code} dir={LANGUAGES[code].dir}>
            {LANGUAGES[code].name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('setup.sellerName')}
        hint={t('setup.sellerNameHint')}
        error={message('sellerName')}
        value={sellerName}
        onChange={(e) => {
          setSellerName(e.target.value);
          clear('sellerName');
        }}
        autoComplete="name"
        enterKeyHint="next"
      />
      <SelectField
        label={t('setup.country')}
        hint={
          shownCurrency
            ? t(otherCurrency && !changeCurrency ? 'settings.currencyKept' : 'setup.currency', {
                currency: currencyLabel(shownCurrency),
              })
            : undefined
        }
        error={message('country')}
        value={country}
        onChange={(e) => {
          setCountry(e.target.value);
          clear('country');
        }}
      >
        {sorted.map((c) => (
          <option key={c.code} value={c.code}>
            {countryName(c.code, lang)} ({leftToRight(`+${c.callingCode}`)})
          </option>
        ))}
      </SelectField>
      {otherCurrency && initial && (
        <div className="-mt-2 flex flex-col rounded-xl bg-amber-50 px-3 pb-2">
          <Checkbox
            label={t('settings.changeCurrency', { currency: currencyLabel(otherCurrency) })}
            checked={changeCurrency}
            onChange={setChangeCurrency}
          />
          <p className="text-sm text-stone-700">
            {t('settings.changeCurrencyHint', {
              from: currencyLabel(initial.currency),
              to: currencyLabel(otherCurrency),
            })}
          </p>
        </div>
      )}
      <TextField
        label={t('setup.sellerPhone')}
        optional={t('common.optional')}
        hint={
          current
            ? t('phone.hint', {
                country: countryName(current.code, lang),
                code: leftToRight(`+${current.callingCode}`),
              })
            : undefined
        }
        error={message('sellerPhone')}
        value={sellerPhone}
        onChange={(e) => {
          setSellerPhone(e.target.value);
          clear('sellerPhone');
        }}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
      />
      <TextField
        label={t('setup.marketName')}
        hint={t('setup.marketNameHint')}
        error={message('marketName')}
        value={marketName}
        onChange={(e) => {
          setMarketName(e.target.value);
          clear('marketName');
        }}
      />
      <SelectField
        label={t('setup.marketDay')}
        error={message('marketDay')}
        value={marketDay}
        onChange={(e) => {
          setMarketDay(Number(e.target.value));
          clear('marketDay');
        }}
      >
        {DAYS.map((d) => (
          <option key={d} value={d}>
            {t(`day.${d}`)}
          </option>
        ))}
        <option value={-1}>{t('day.every')}</option>
      </SelectField>
      <Button type="submit" disabled={busy} className="mt-2">
        {submitLabel}
      </Button>
    </form>
  );
}
