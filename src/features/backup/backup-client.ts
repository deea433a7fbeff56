/**
 * The page's side of backups: sends the work to backup.worker.ts, or runs it on this thread
 * where a worker cannot start. The functions a benchmark times are createBackup,
 * readBackupText and restoreBackup (commands.ts, db/restore.ts); these wrap them for the UI.
 */
import { db } from '../../db/db';
import type { BackupHeader } from '../../db/restore';
import { UserError } from '../../i18n/errors';
import type { RestoreMode, RestoreResult } from './commands';
import { createJob, inspectJob, planJob, restoreJob } from './backup-jobs';
import type { BackupRequest, BackupResponse, BackupResult, WorkerFailure } from './backup-protocol';
import type { BackupSummary } from './summary';
import type { MergePlan } from '../../lib/notebook';

type Body = BackupRequest extends infer R
  ? R extends BackupRequest
    ? Omit<R, 'id'>
    : never
  : never;
interface Job {
  ok: (r: BackupResult) => void;
  fail: (e: Error) => void;
  progress?: (done: number, total: number) => void;
}

let worker: Worker | null | undefined;
let nextId = 1;
const jobs = new Map<number, Job>();

function rebuild(error: WorkerFailure): Error {
  if (error.key) return new UserError(error.key, error.params);
  const e = new Error(error.message);
  if (error.name) e.name = error.name;
  return e;
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<BackupResponse>) => {
    const msg = e.data;
    const job = jobs.get(msg.id);
    if (!job) return;
    if ('progress' in msg) {
      job.progress?.(msg.progress.done, msg.progress.total);
      return;
    }
    jobs.delete(msg.id);
    if (msg.ok) job.ok(msg.result);
    else job.fail(rebuild(msg.error));
  };
  worker.onerror = (e) => {
    // The worker could not start (old browser, blocked): from now on, work on this thread.
    e.preventDefault();
    worker?.terminate();
    worker = null;
    for (const job of jobs.values()) job.fail(new Error(`backup worker: ${e.message}`));
    jobs.clear();
  };
  return worker;
}

function onMainThread(body: Body, progress?: Job['progress']): Promise<BackupResult> {
  if (body.kind === 'create') return createJob(db, body.includePhotos);
  if (body.kind === 'inspect') return inspectJob(body.file);
  if (body.kind === 'plan') return planJob(db);
  return restoreJob(db, body.mode, progress ?? (() => undefined));
}

function run(body: Body, progress?: Job['progress']): Promise<BackupResult> {
  const w = getWorker();
  if (!w) return onMainThread(body, progress);
  const id = nextId++;
  return new Promise((ok, fail) => {
    jobs.set(id, { ok, fail, progress });
    w.postMessage({ ...body, id } as BackupRequest);
  });
}

export async function makeBackupFile(
  includePhotos: boolean,
): Promise<{ file: File; header: BackupHeader }> {
  const r = await run({ kind: 'create', includePhotos });
  if (r.kind !== 'created') throw new Error(`unexpected ${r.kind}`);
  return {
    file: new File([r.blob], r.fileName, { type: 'application/json' }),
    header: r.header,
  };
}

export async function inspectBackupFile(file: Blob): Promise<BackupSummary> {
  const r = await run({ kind: 'inspect', file });
  if (r.kind !== 'inspected') throw new Error(`unexpected ${r.kind}`);
  return r.summary;
}

/** What merging the file last inspected would change; nothing is written. */
export async function planInspectedMerge(): Promise<MergePlan> {
  const r = await run({ kind: 'plan' });
  if (r.kind !== 'planned') throw new Error(`unexpected ${r.kind}`);
  return r.plan;
}

/** Writes the file last inspected; its rows never left the worker. */
export async function restoreInspected(
  mode: RestoreMode,
  onProgress: (done: number, total: number) => void,
): Promise<RestoreResult> {
  const r = await run({ kind: 'restore', mode }, onProgress);
  if (r.kind !== 'restored') throw new Error(`unexpected ${r.kind}`);
  return r.result;
}
