import { BackupSettingsSection } from '../features/backup/components/backup-settings-section';
import { PaymentDetailsSection } from '../features/credit/components/payment-details-section';
import { SettingsScreen } from '../features/settings/components/settings-screen';
import { TemplatesSection } from '../features/settings/components/templates-section';
import { ErrorLogSection } from '../ui/error-log-section';
import { SyncSettingsSection } from '../features/sync/components/sync-settings-section';

/**
 * Réglages, with the sections of other features (the payment details the reminders quote,
 * backup, sync, templates) composed here.
 */
export default function SettingsPage() {
  return (
    <SettingsScreen>
      <PaymentDetailsSection />
      <TemplatesSection />
      <BackupSettingsSection />
      <SyncSettingsSection />
      <ErrorLogSection />
    </SettingsScreen>
  );
}
