import { db } from '../db/db';
import { InsightsSections } from '../features/insights/components/insights-screen';
import { setInactiveDays } from '../features/settings/commands';
import { useT } from '../i18n';
import { reportError } from '../ui/form-errors';
import { Screen } from '../ui/screen';
import { useSettings } from '../ui/settings-context';

/** /relances: the insights, with the span kept in the seller's settings. */
export default function InsightsPage() {
  const t = useT();
  const settings = useSettings();
  return (
    <Screen title={t('insights.title')} back={{ label: t('nav.back'), to: '/plus' }}>
      <InsightsSections
        span={settings.inactiveDays}
        onSpanChange={(days) => setInactiveDays(db, days).catch((e) => reportError(t, e))}
      />
    </Screen>
  );
}
