import { useEffect, type ReactNode } from 'react';
import { db } from '../../../db/db';
import { setLanguage, useT } from '../../../i18n';
import { markAppReady } from '../../../lib/perf';
import { Logo } from '../../../ui/logo';
import { reportError } from '../../../ui/form-errors';
import { saveSeller } from '../commands';
import { SellerForm } from './seller-form';

/** First run: who the seller is, where and when the market is. */
/** `extra`: what the app layer adds below the form (restoring a backup on a new phone). */
export function SetupScreen({ extra }: { extra?: ReactNode }) {
  const t = useT();
  useEffect(markAppReady, []);
  return (
    <main className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 pt-6 pb-10">
      <div className="flex items-center gap-3">
        <Logo className="size-14" />
        <h1 className="text-2xl font-bold text-brand-800">{t('setup.title')}</h1>
      </div>
      <p className="text-lg text-stone-700">{t('setup.intro')}</p>
      <SellerForm
        initial={null}
        initialPhone=""
        submitLabel={t('setup.start')}
        onLanguageChange={(language) => {
          setLanguage(language).catch((error: unknown) => reportError(t, error));
        }}
        onSubmit={async (input) => {
          const settings = await saveSeller(db, input);
          await setLanguage(settings.language);
          // No navigation of its own: the app opens the home once it sees the notebook
          // (router.tsx, Gate). Going to "/" here raced it: before the app saw the settings it
          // sent "/" back to /bienvenue, the home was drawn, taken down and drawn again, and
          // one time in four the address still read /bienvenue under the home.
        }}
      />
      {extra}
    </main>
  );
}
