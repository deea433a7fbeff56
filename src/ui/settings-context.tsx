import { createContext, useContext, type ReactNode } from 'react';
import type { Settings } from '../lib/domain';

const SettingsContext = createContext<Settings | null>(null);

/** The seller's settings, read once from Dexie by the app shell and handed down. */
export function SettingsProvider({ value, children }: { value: Settings; children: ReactNode }) {
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): Settings {
  const s = useContext(SettingsContext);
  if (!s) throw new Error('useSettings outside the set-up app');
  return s;
}
