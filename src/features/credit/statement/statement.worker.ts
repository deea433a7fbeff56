/** The statement worker: draws and encodes the relevé off the main thread (see story.worker.ts). */
import { serveJobs } from '../../../lib/worker-jobs';
import type { StatementSpec } from './layout';
import { renderStatementBlob, type RenderedStatement } from './render';

serveJobs<{ spec: StatementSpec }, RenderedStatement>((req) => renderStatementBlob(req.spec));
