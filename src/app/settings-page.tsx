import { BackupSettingsSection } from '../features/backup/components/backup-settings-section';
import { SettingsScreen } from '../features/settings/components/settings-screen';

/** Réglages, with the sections of other features (backup, message templates) composed here. */
export default function SettingsPage() {
  return (
    <SettingsScreen>
      <BackupSettingsSection />
    </SettingsScreen>
  );
}
