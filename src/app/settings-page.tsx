import { BackupSettingsSection } from '../features/backup/components/backup-settings-section';
import { PaymentDetailsSection } from '../features/credit/components/payment-details-section';
import { SettingsScreen } from '../features/settings/components/settings-screen';
import { TemplatesSection } from '../features/settings/components/templates-section';
import { ErrorLogSection } from '../ui/error-log-section';

/**
 * Réglages, with the sections of other features (the payment details the reminders quote, message
 * templates, backup) composed here.
 */
export default function SettingsPage() {
  return (
    <SettingsScreen>
      <PaymentDetailsSection />
      <TemplatesSection />
      <BackupSettingsSection />
      <ErrorLogSection />
    </SettingsScreen>
  );
}
