import { create } from 'zustand';
import { requestPersistence } from './storage';

interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

interface InstallState {
  deferred: BeforeInstallPromptEvent | null;
  installed: boolean;
}

export const useInstallStore = create<InstallState>(() => ({ deferred: null, installed: false }));

/**
 * Listens from the very start: Chrome fires beforeinstallprompt once, early. Whether the app
 * already runs installed is asked only then: matchMedia at start cost a launch ~50 ms at 6× CPU.
 */
export function listenForInstallPrompt(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    const installed = window.matchMedia?.('(display-mode: standalone)').matches ?? false;
    useInstallStore.setState({ deferred: event as BeforeInstallPromptEvent, installed });
  });
  window.addEventListener('appinstalled', () => {
    useInstallStore.setState({ deferred: null, installed: true });
    // Installed: the moment Chrome most readily protects the notebook from eviction.
    requestPersistence().catch(() => undefined);
  });
}

export async function promptInstall(): Promise<void> {
  const deferred = useInstallStore.getState().deferred;
  if (!deferred) return;
  await deferred.prompt();
  const choice = await deferred.userChoice;
  useInstallStore.setState({ deferred: null, installed: choice.outcome === 'accepted' });
}

export function useCanInstall(): boolean {
  return useInstallStore((s) => s.deferred !== null && !s.installed);
}
