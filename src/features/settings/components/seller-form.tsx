import { useState, type FormEvent } from 'react';
import type { Language, Settings } from '../../../lib/domain';
import { useT, useLang } from '../../../i18n';
import { COUNTRIES, DEFAULT_COUNTRY, countryName, findCountry } from '../../../lib/countries';
import { currencyLabel } from '../../../lib/money';
import { LANGUAGES, LANGUAGE_CODES, intlLocale, leftToRight } from '../../../lib/languages';
import { Button } from '../../../ui/button';
import { SelectField, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import type { SellerInput } from '../commands';

const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

interface SellerFormProps {
  initial: Settings | null;
  /** Formatted for display, since the stored value is E.164. */
  initialPhone: string;
  submitLabel: string;
  onSubmit: (input: SellerInput) => Promise<unknown>;
  /** Called as soon as a language is picked (the first-run screen switches to it at once). */
  onLanguageChange?: (language: Language) => void;
}

export function SellerForm({
  initial,
  initialPhone,
  submitLabel,
  onSubmit,
  onLanguageChange,
}: SellerFormProps) {
  const t = useT();
  const lang = useLang();
  const [sellerName, setSellerName] = useState(initial?.sellerName ?? '');
  const [sellerPhone, setSellerPhone] = useState(initialPhone);
  const [country, setCountry] = useState(initial?.country ?? DEFAULT_COUNTRY);
  const [marketName, setMarketName] = useState(initial?.marketName ?? '');
  const [marketDay, setMarketDay] = useState(initial?.marketDay ?? 6);
  const [language, setLanguage] = useState<Language>(initial?.language ?? lang);
  const { run, message, busy, clear } = useFormErrors(t);
  const current = findCountry(country);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => onSubmit({ sellerName, sellerPhone, country, marketName, marketDay, language }));
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
          current ? t('setup.currency', { currency: currencyLabel(current.currency) }) : undefined
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
