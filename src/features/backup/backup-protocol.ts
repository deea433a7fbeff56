import type { MessageKey, Params } from '../../i18n';
import type { BackupHeader } from '../../db/restore';
import type { MergePlan } from '../../lib/notebook';
import type { RestoreMode, RestoreResult } from './commands';
import type { BackupSummary } from './summary';

/** Messages between backup-client.ts and backup.worker.ts. */
export type BackupRequest =
  | { id: number; kind: 'create'; includePhotos: boolean }
  | { id: number; kind: 'inspect'; file: Blob }
  | { id: number; kind: 'plan' }
  | { id: number; kind: 'restore'; mode: RestoreMode };

export type BackupResult =
  | { kind: 'created'; blob: Blob; fileName: string; header: BackupHeader }
  | { kind: 'inspected'; summary: BackupSummary }
  | { kind: 'planned'; plan: MergePlan }
  | { kind: 'restored'; result: RestoreResult };

/** A refusal travels as its message key; a full disk keeps its name so the UI can say so. */
export interface WorkerFailure {
  key?: MessageKey;
  params?: Params;
  name?: string;
  message: string;
}

export type BackupResponse =
  | { id: number; ok: true; result: BackupResult }
  | { id: number; ok: false; error: WorkerFailure }
  | { id: number; progress: { done: number; total: number } };
