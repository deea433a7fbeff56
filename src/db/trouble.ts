/**
 * Another tab's version of Assoh is upgrading the database (versionchange), or an old tab keeps
 * ours from upgrading (blocked). Either way this tab must stop writing and tell the seller,
 * never carry on against a schema it does not know. Apart from db.ts so that the first screen
 * can listen without loading Dexie.
 */
export type ConnectionTrouble = 'other-version' | 'blocked' | null;
let trouble: ConnectionTrouble = null;
const troubleListeners = new Set<() => void>();
export function setTrouble(next: ConnectionTrouble) {
  trouble = next;
  for (const listener of troubleListeners) listener();
}
export function connectionTrouble(): ConnectionTrouble {
  return trouble;
}
export function onConnectionTrouble(listener: () => void): () => void {
  troubleListeners.add(listener);
  return () => troubleListeners.delete(listener);
}
