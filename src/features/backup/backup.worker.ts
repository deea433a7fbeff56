/** The backup worker: see backup-jobs.ts. Dexie works here as on the page (same database). */
import { createDb } from '../../db/db';
import { UserError } from '../../i18n/errors';
import { createJob, inspectJob, planJob, restoreJob } from './backup-jobs';
import type { BackupRequest, BackupResponse, BackupResult } from './backup-protocol';

// The app's tsconfig has the DOM library, not WebWorker: name the two members used here.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<BackupRequest>) => void) | null;
  postMessage: (message: BackupResponse) => void;
};

const db = createDb();

scope.onmessage = (e) => {
  const req = e.data;
  let job: Promise<BackupResult>;
  if (req.kind === 'create') job = createJob(db, req.includePhotos);
  else if (req.kind === 'inspect') job = inspectJob(req.file);
  else if (req.kind === 'plan') job = planJob(db);
  else
    job = restoreJob(db, req.mode, (done, total) =>
      scope.postMessage({ id: req.id, progress: { done, total } }),
    );
  job.then(
    (result) => scope.postMessage({ id: req.id, ok: true, result }),
    (error: unknown) =>
      scope.postMessage({
        id: req.id,
        ok: false,
        error:
          error instanceof UserError
            ? { key: error.key, params: error.params, message: error.message }
            : {
                name: error instanceof Error ? error.name : undefined,
                message: error instanceof Error ? error.message : String(error),
                // Dexie wraps the disk's error: keep the inner name for isQuotaError.
                ...(isInnerQuota(error) ? { name: 'QuotaExceededError' } : {}),
              },
      }),
  );
};

function isInnerQuota(error: unknown): boolean {
  const inner = (error as { inner?: { name?: string } } | null)?.inner;
  return inner?.name === 'QuotaExceededError';
}
