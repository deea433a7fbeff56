/**
 * Makes the relevé image in statement.worker.ts where the browser can, on this thread otherwise
 * (or when the worker fails to start).
 */
import { offscreenWorks, workerJobs } from '../../../lib/worker-jobs';
import type { StatementSpec } from './layout';
import { renderStatementBlob, type RenderedStatement } from './render';

const jobs = workerJobs<{ spec: StatementSpec }, RenderedStatement>(() =>
  offscreenWorks()
    ? new Worker(new URL('./statement.worker.ts', import.meta.url), { type: 'module' })
    : null,
);

export async function renderStatementImage(
  spec: StatementSpec,
): Promise<RenderedStatement & { where: 'worker' | 'main' }> {
  try {
    const job = jobs.run({ spec });
    if (job) return { ...(await job), where: 'worker' };
  } catch (error) {
    if (jobs.alive()) throw error;
  }
  return { ...(await renderStatementBlob(spec)), where: 'main' };
}
