/**
 * The main thread's side: sends work to story.worker.ts where the browser has OffscreenCanvas,
 * draws on a <canvas> otherwise (or when the worker fails), and marks `story-render` for the
 * benchmark. `renderStoryImage` is the function a benchmark calls.
 */
import { downscalePhoto, renderStoryBlob, type RenderedStory, type StorySpec } from './render';
import type { WorkerRequest, WorkerResponse } from './story-protocol';

type Job = { ok: (r: RenderedStory) => void; fail: (e: Error) => void };
type Request = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id'>
    : never
  : never;

let worker: Worker | null | undefined;
let nextId = 1;
const jobs = new Map<number, Job>();

function offscreenWorks(): boolean {
  return (
    typeof Worker !== 'undefined' &&
    typeof OffscreenCanvas !== 'undefined' &&
    'convertToBlob' in OffscreenCanvas.prototype
  );
}

function failAll(error: Error) {
  for (const job of jobs.values()) job.fail(error);
  jobs.clear();
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (!offscreenWorks()) return (worker = null);
  worker = new Worker(new URL('./story.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
    const job = jobs.get(e.data.id);
    if (!job) return;
    jobs.delete(e.data.id);
    if (e.data.ok) job.ok(e.data.result);
    else job.fail(new Error(e.data.error));
  };
  worker.onerror = (e) => {
    // The worker script itself failed (old browser, blocked): from now on, draw on this thread.
    e.preventDefault();
    worker?.terminate();
    worker = null;
    failAll(new Error(`story worker: ${e.message}`));
  };
  return worker;
}

function inWorker(req: Request): Promise<RenderedStory> | null {
  const w = getWorker();
  if (!w) return null;
  const id = nextId++;
  return new Promise((ok, fail) => {
    jobs.set(id, { ok, fail });
    w.postMessage({ ...req, id } as WorkerRequest);
  });
}

export type StoryRender = RenderedStory & { ms: number; where: 'worker' | 'main' };

/** Renders and encodes a story (≤ 400 KB JPEG); the time is a `story-render` performance measure. */
export async function renderStoryImage(spec: StorySpec, photo?: Blob): Promise<StoryRender> {
  const start = performance.now();
  let where: StoryRender['where'] = 'worker';
  let result: RenderedStory;
  try {
    const job = inWorker({ kind: 'render', spec, photo });
    if (!job) throw new Error('no worker');
    result = await job;
  } catch (error) {
    if (worker) throw error;
    where = 'main';
    result = await renderStoryBlob(spec, photo);
  }
  const ms = performance.now() - start;
  performance.measure('story-render', {
    start,
    duration: ms,
    detail: { bytes: result.blob.size, quality: result.quality, where },
  });
  return { ...result, ms, where };
}

/** A camera photo downsized off the main thread when possible. */
export async function downsizePhoto(file: Blob): Promise<RenderedStory> {
  try {
    const job = inWorker({ kind: 'photo', file });
    if (job) return await job;
  } catch (error) {
    if (worker) throw error;
  }
  return downscalePhoto(file);
}
