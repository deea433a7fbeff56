import { BackupSettingsSection } from '../features/backup/components/backup-settings-section';
import { SettingsScreen } from '../features/settings/components/settings-screen';
import { TemplatesSection } from '../features/settings/components/templates-section';
import { ErrorLogSection } from '../ui/error-log-section';

/** Réglages, with the sections of other features (backup, message templates) composed here. */
export default function SettingsPage() {
  return (
    <SettingsScreen>
      <TemplatesSection />
      <BackupSettingsSection />
      <ErrorLogSection />
    </SettingsScreen>
  );
}
