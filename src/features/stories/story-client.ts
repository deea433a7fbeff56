/**
 * The main thread's side: sends work to story.worker.ts where the browser has OffscreenCanvas,
 * draws on a <canvas> otherwise (or when the worker fails), and marks `story-render` for the
 * benchmark. `renderStoryImage` is the function a benchmark calls.
 */
import { offscreenWorks, workerJobs } from '../../lib/worker-jobs';
import { downscalePhoto, renderStoryBlob, type RenderedStory, type StorySpec } from './render';
import type { StoryRequest, StoryResult } from './story-protocol';

const jobs = workerJobs<StoryRequest, StoryResult>(() =>
  offscreenWorks()
    ? new Worker(new URL('./story.worker.ts', import.meta.url), { type: 'module' })
    : null,
);

export type StoryRender = RenderedStory & { ms: number; where: 'worker' | 'main' };

/** Renders and encodes a story (≤ 400 KB JPEG); the time is a `story-render` performance measure. */
export async function renderStoryImage(spec: StorySpec, photo?: Blob): Promise<StoryRender> {
  const start = performance.now();
  let where: StoryRender['where'] = 'worker';
  let result: RenderedStory;
  try {
    const job = jobs.run({ kind: 'render', spec, photo });
    if (!job) throw new Error('no worker');
    result = await job;
  } catch (error) {
    if (jobs.alive()) throw error;
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
    const job = jobs.run({ kind: 'photo', file });
    if (job) return await job;
  } catch (error) {
    if (jobs.alive()) throw error;
  }
  return downscalePhoto(file);
}
