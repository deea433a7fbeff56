import { db } from '../db/db';
import { keepCopyBeforeChange } from '../db/safety-copies';
import { BackupSettingsSection } from '../features/backup/components/backup-settings-section';
import { PaymentDetailsSection } from '../features/credit/components/payment-details-section';
import { SettingsScreen } from '../features/settings/components/settings-screen';
import { TemplatesSection } from '../features/settings/components/templates-section';
import { ErrorLogSection } from '../ui/error-log-section';
import { SyncSettingsSection } from '../features/sync/components/sync-settings-section';

/**
 * Réglages, with the sections of other features (the payment details the reminders quote,
 * backup, sync, templates) composed here. Before the notebook passes to another currency, a
 * copy of it is kept with the backup's automatic copies.
 */
export default function SettingsPage() {
  return (
    <SettingsScreen beforeCurrencyChange={() => keepCopyBeforeChange(db)}>
      <PaymentDetailsSection />
      <TemplatesSection />
      <BackupSettingsSection />
      <SyncSettingsSection />
      <ErrorLogSection />
    </SettingsScreen>
  );
}
