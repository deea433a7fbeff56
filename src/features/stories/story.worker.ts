/**
 * The story worker: draws and encodes on an OffscreenCanvas so the screen stays responsive on a
 * slow phone while a 1080×1920 JPEG is made, and downsizes camera photos the same way.
 */
import { serveJobs } from '../../lib/worker-jobs';
import { downscalePhoto, renderStoryBlob } from './render';
import type { StoryRequest, StoryResult } from './story-protocol';

serveJobs<StoryRequest, StoryResult>((req) =>
  req.kind === 'render' ? renderStoryBlob(req.spec, req.photo) : downscalePhoto(req.file),
);
