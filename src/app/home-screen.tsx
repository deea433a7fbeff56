import { useEffect } from 'react';
import { useT } from '../i18n';
import { markAppReady } from '../lib/perf';
import { Screen } from '../ui/screen';
import { useSettings } from '../ui/settings-context';

export function HomeScreen() {
  const t = useT();
  const settings = useSettings();
  useEffect(markAppReady, []);
  return (
    <Screen title={t('home.hello', { name: settings.sellerName })}>
      <p className="text-lg">{t('home.noRecent')}</p>
    </Screen>
  );
}
